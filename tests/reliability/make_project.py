#!/usr/bin/env python3
"""Writes a kumiko project for scripts/reliability.

make_project.py DIR --tenants T --keys K --users U [--migrations M --steps S] [--smtp-port P] [--admin EMAIL]
  kumiko.json: K tenant-scoped number keys seeded for each of the T tenants (T x K config seeds), one
  encrypted system key, e-mail verification (secret from $RELIABILITY_HMAC_SECRET) and mail over SMTP
  (URL from $RELIABILITY_SMTP_URL) or, without --smtp-port, into DIR/mail.
  seeds/2026-01-01-base.json: the T tenants t0…, the U unverified users m0@example.com… and the admin
  seeds/2026-02-NN-step-NN.json: M migrations of S tenant.ensure steps (tenant keys mig<N>-<step>)."""
import argparse
import json
import os

parser = argparse.ArgumentParser()
parser.add_argument("dir")
parser.add_argument("--tenants", type=int, required=True)
parser.add_argument("--keys", type=int, required=True)
parser.add_argument("--users", type=int, required=True)
parser.add_argument("--migrations", type=int, default=0)
parser.add_argument("--steps", type=int, default=0)
parser.add_argument("--smtp-port", type=int)
parser.add_argument("--admin", help="e-mail of a verified SystemAdmin the base migration creates")
args = parser.parse_args()

keys = {f"limit{k}": {"scope": "tenant", "type": "number", "bounds": {"min": 0}} for k in range(args.keys)}
keys["apiToken"] = {"scope": "system", "type": "text", "encrypted": True}
seeds = [{"key": f"limit{k}", "tenant": f"t{t}", "value": t * k}
         for t in range(args.tenants) for k in range(args.keys)]
mail = {"from": "Reliability <no-reply@example.com>"}
if args.smtp_port:
    mail.update({"transport": "smtp", "smtpUrlEnv": "RELIABILITY_SMTP_URL", "starttls": "off",
                 "timeoutSeconds": 10})
else:
    mail.update({"transport": "directory", "directory": "mail"})
manifest = {
    "features": {"reliability": {"config": {"keys": keys, "seeds": seeds}}},
    "auth": {"emailVerification": {"hmacSecretEnv": "RELIABILITY_HMAC_SECRET",
                                   "appUrl": "https://app.example.com/verify-email",
                                   "appName": "Reliability"}},
    "mail": mail,
}
os.makedirs(os.path.join(args.dir, "seeds"), exist_ok=True)
with open(os.path.join(args.dir, "kumiko.json"), "w") as f:
    json.dump(manifest, f)

base = [{"op": "tenant.ensure", "key": f"t{t}", "name": f"Tenant {t}"} for t in range(args.tenants)]
base += [{"op": "user.ensure", "email": f"m{u}@example.com", "displayName": f"Member {u}"}
         for u in range(args.users)]
if args.admin:
    base.append({"op": "user.ensure", "email": args.admin, "displayName": "Admin", "roles": ["SystemAdmin"],
                 "emailVerified": True})
with open(os.path.join(args.dir, "seeds", "2026-01-01-base.json"), "w") as f:
    json.dump({"description": "tenants and users", "steps": base}, f)
for m in range(args.migrations):
    steps = [{"op": "tenant.ensure", "key": f"mig{m}-{s}", "name": f"Migration {m} step {s}"}
             for s in range(args.steps)]
    name = f"2026-02-{m + 1:02d}-step-{m:02d}.json" if m < 28 else f"2026-03-{m - 27:02d}-step-{m:02d}.json"
    with open(os.path.join(args.dir, "seeds", name), "w") as f:
        json.dump({"description": f"migration {m}", "steps": steps}, f)
