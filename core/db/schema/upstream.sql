-- The tables the upstream Kumiko framework creates, exactly as in shared/reference/kumiko-schema.sql.
-- One section per table, introduced by "-- table: <name>"; a section runs only when its table is missing.
-- Names are unqualified: the bootstrap sets search_path.

-- table: kumiko_events
CREATE TABLE kumiko_events (
    id bigint NOT NULL,
    aggregate_id uuid NOT NULL,
    aggregate_type text NOT NULL,
    tenant_id uuid NOT NULL,
    version integer NOT NULL,
    type text NOT NULL,
    event_version integer DEFAULT 1 NOT NULL,
    payload jsonb NOT NULL,
    metadata jsonb NOT NULL,
    created_at timestamp(3) with time zone DEFAULT now() NOT NULL,
    created_by text NOT NULL
);
CREATE SEQUENCE kumiko_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER SEQUENCE kumiko_events_id_seq OWNED BY kumiko_events.id;
ALTER TABLE ONLY kumiko_events ALTER COLUMN id SET DEFAULT nextval('kumiko_events_id_seq'::regclass);
ALTER TABLE ONLY kumiko_events
    ADD CONSTRAINT kumiko_events_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX events_aggregate_version_uq ON kumiko_events USING btree (tenant_id, aggregate_id, version);
CREATE UNIQUE INDEX events_idempotency_uq ON kumiko_events USING btree (tenant_id, ((metadata ->> 'idempotencyKey'::text))) WHERE ((metadata ->> 'idempotencyKey'::text) IS NOT NULL);
CREATE INDEX events_load_idx ON kumiko_events USING btree (aggregate_id, version);
CREATE INDEX events_tenant_type_idx ON kumiko_events USING btree (tenant_id, aggregate_type, created_at);

-- table: kumiko_es_operations
CREATE TABLE kumiko_es_operations (
    id text NOT NULL,
    operation_type text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL,
    duration_ms integer NOT NULL,
    applied_by text NOT NULL,
    notes text
);
ALTER TABLE ONLY kumiko_es_operations
    ADD CONSTRAINT kumiko_es_operations_pkey PRIMARY KEY (id);
CREATE INDEX kumiko_es_operations_type_idx ON kumiko_es_operations USING btree (operation_type);

-- table: read_tenants
CREATE TABLE read_tenants (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    tenant_id uuid NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    inserted_at timestamp with time zone DEFAULT now() NOT NULL,
    modified_at timestamp with time zone,
    inserted_by_id text,
    modified_by_id text,
    key text NOT NULL,
    name text NOT NULL,
    is_enabled boolean DEFAULT true NOT NULL,
    status text DEFAULT 'active'::text NOT NULL,
    destroy_requested_at timestamp with time zone,
    destroy_requested_by text,
    grace_period_end timestamp with time zone,
    destroy_started_at timestamp with time zone,
    destroyed_at timestamp with time zone
);
ALTER TABLE ONLY read_tenants
    ADD CONSTRAINT read_tenants_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX read_tenants_key_unique ON read_tenants USING btree (key);
CREATE INDEX read_tenants_tenant_id_idx ON read_tenants USING btree (tenant_id);

-- table: read_users
CREATE TABLE read_users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    tenant_id uuid NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    inserted_at timestamp with time zone DEFAULT now() NOT NULL,
    modified_at timestamp with time zone,
    inserted_by_id text,
    modified_by_id text,
    is_deleted boolean DEFAULT false NOT NULL,
    deleted_at timestamp with time zone,
    deleted_by_id text,
    email text NOT NULL,
    email_bidx text,
    password_hash text,
    display_name text NOT NULL,
    display_name_bidx text,
    locale text,
    timezone text,
    last_active_tenant_id text,
    email_verified boolean DEFAULT false NOT NULL,
    roles text DEFAULT '[]'::text NOT NULL,
    status text DEFAULT 'active'::text NOT NULL,
    grace_period_end timestamp with time zone,
    pending_deletion_request_id text
);
ALTER TABLE ONLY read_users
    ADD CONSTRAINT read_users_pkey PRIMARY KEY (id);
CREATE INDEX read_users_display_name_bidx_idx ON read_users USING btree (display_name_bidx);
CREATE INDEX read_users_email_bidx_idx ON read_users USING btree (email_bidx);
CREATE UNIQUE INDEX read_users_email_unique ON read_users USING btree (email);
CREATE UNIQUE INDEX read_users_email_unique_bidx ON read_users USING btree (email_bidx) WHERE (email_bidx IS NOT NULL);
CREATE INDEX read_users_tenant_id_idx ON read_users USING btree (tenant_id);

-- table: read_tenant_memberships
CREATE TABLE read_tenant_memberships (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    tenant_id uuid NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    inserted_at timestamp with time zone DEFAULT now() NOT NULL,
    modified_at timestamp with time zone,
    inserted_by_id text,
    modified_by_id text,
    user_id text NOT NULL,
    roles text NOT NULL
);
ALTER TABLE ONLY read_tenant_memberships
    ADD CONSTRAINT read_tenant_memberships_pkey PRIMARY KEY (id);
CREATE INDEX read_tenant_memberships_tenant_id_idx ON read_tenant_memberships USING btree (tenant_id);
CREATE UNIQUE INDEX read_tenant_memberships_unique ON read_tenant_memberships USING btree (user_id, tenant_id);

-- table: read_config_values
CREATE TABLE read_config_values (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    tenant_id uuid NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    inserted_at timestamp with time zone DEFAULT now() NOT NULL,
    modified_at timestamp with time zone,
    inserted_by_id text,
    modified_by_id text,
    key text NOT NULL,
    value text,
    user_id text
);
ALTER TABLE ONLY read_config_values
    ADD CONSTRAINT read_config_values_pkey PRIMARY KEY (id);
CREATE INDEX read_config_values_tenant_id_idx ON read_config_values USING btree (tenant_id);
CREATE UNIQUE INDEX read_config_values_unique ON read_config_values USING btree (key, tenant_id, user_id);
