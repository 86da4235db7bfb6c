#include "esops/SeedStep.h"

#include <array>
#include <utility>

namespace kumiko::esops {
namespace {

constexpr std::array<std::pair<StepOp, const char*>, 8> kOps = {{
    {StepOp::TenantEnsure, "tenant.ensure"},
    {StepOp::UserEnsure, "user.ensure"},
    {StepOp::MembershipEnsure, "membership.ensure"},
    {StepOp::MembershipAddRoles, "membership.addRoles"},
    {StepOp::MembershipRemoveRoles, "membership.removeRoles"},
    {StepOp::ConfigSet, "config.set"},
    {StepOp::ConfigReset, "config.reset"},
    {StepOp::Write, "write"},
}};

} // namespace

QString SeedStep::opName(StepOp op)
{
    for (const auto& [value, name] : kOps) {
        if (value == op)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<StepOp> SeedStep::parseOp(const QString& name)
{
    for (const auto& [value, text] : kOps) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace kumiko::esops
