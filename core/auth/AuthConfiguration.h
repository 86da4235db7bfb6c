#pragma once

#include "auth/AuthSettings.h"
#include "common/Result.h"
#include "mail/MailSettings.h"

namespace kumiko::auth {

/// The `auth` and `mail` settings of one project folder, validated; what the CLI and the GUI build
/// SignInService, VerificationService and the mail transport from.
struct AuthConfiguration
{
    QString projectDir;
    AuthSettings auth;
    mail::MailSettings mail;

    /// Loads `<projectDir>/kumiko.json` (ProjectManifest) and validates both sections.
    static Result<AuthConfiguration> load(const QString& projectDir);
};

} // namespace kumiko::auth
