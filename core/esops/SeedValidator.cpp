#include "esops/SeedValidator.h"

#include "esops/SeedParser.h"
#include "esops/StepExecutor.h"

namespace kumiko::esops {
namespace {

Status checkStep(const SeedStep& step, const SeedServices& services, const QProcessEnvironment& env)
{
    if (step.op == StepOp::Write) {
        if (!services.registry().contains(step.handler))
            return Error::make(ErrorCode::UnknownHandler,
                               QStringLiteral("no write handler named \"%1\"").arg(step.handler),
                               QStringLiteral("handler"));
        // The handler's own payload schema, so a typo fails before the first migration runs.
        if (Status ok = services.registry().validate(step.handler, step.payload); !ok)
            return Error::make(ok.error().code, ok.error().message,
                               ok.error().field.isEmpty() ? QStringLiteral("payload")
                                                          : QStringLiteral("payload.") + ok.error().field);
        return {};
    }
    if (step.op != StepOp::ConfigSet && step.op != StepOp::ConfigReset)
        return {};
    if (!services.keys().find(step.key))
        return Error::make(
            ErrorCode::UnknownConfigKey,
            QStringLiteral("unknown config key \"%1\" (not declared in kumiko.json)").arg(step.key),
            QStringLiteral("key"));
    const config::Scope scope = *step.scope; // the parser accepts config steps only with a scope
    if (step.op == StepOp::ConfigReset) {
        Status ok = services.keys().validateReset(step.key, scope);
        return ok ? ok : Error::make(ok.error().code, ok.error().message, QStringLiteral("scope"));
    }
    auto value = StepExecutor::configValue(step, services.keys(), env);
    if (!value)
        return Error::make(value.error().code, value.error().message,
                           step.valueFromEnv.isEmpty() ? QStringLiteral("value")
                                                       : QStringLiteral("valueFromEnv"));
    if (Status ok = services.keys().validateWrite(step.key, scope, *value); !ok) {
        const QString member = ok.error().code == ErrorCode::InvalidScope ? QStringLiteral("scope")
                               : step.valueFromEnv.isEmpty()              ? QStringLiteral("value")
                                                                          : QStringLiteral("valueFromEnv");
        return Error::make(ok.error().code, ok.error().message, member);
    }
    return {};
}

} // namespace

Status SeedValidator::validate(const SeedMigration& migration, const SeedFile& file,
                               const SeedServices& services, const QProcessEnvironment& env)
{
    for (const SeedStep& step : migration.steps) {
        if (Status ok = checkStep(step, services, env); !ok)
            return SeedParser::located(ok.error(), file.content, file.fileName,
                                       step.path() + QLatin1Char('.') + ok.error().field);
    }
    return {};
}

} // namespace kumiko::esops
