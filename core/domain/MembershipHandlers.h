#pragma once

namespace kumiko::domain {

class HandlerRegistry;

/// tenant:write:add-member, tenant:write:update-member-roles and tenant:write:remove-member.
///
/// New memberships are filed in the stream of their own tenant; updates and removals find the stream
/// from the membership's version-1 event, so streams written by upstream keep working.
class MembershipHandlers
{
public:
    static void registerInto(HandlerRegistry& registry);
};

} // namespace kumiko::domain
