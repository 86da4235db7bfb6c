#include "auth/AuthConfiguration.h"

#include "config/ProjectManifest.h"

namespace kumiko::auth {

Result<AuthConfiguration> AuthConfiguration::load(const QString& projectDir)
{
    auto manifest = config::ProjectManifest::load(projectDir);
    if (!manifest)
        return manifest.error();
    auto auth = AuthSettings::fromJson(manifest->auth());
    auto mail = mail::MailSettings::fromJson(manifest->mail());
    for (const Error* error : {auth ? nullptr : &auth.error(), mail ? nullptr : &mail.error()}) {
        if (error) {
            Error located = *error;
            located.context = manifest->filePath();
            return located;
        }
    }
    return AuthConfiguration{projectDir, auth.value(), mail.value()};
}

} // namespace kumiko::auth
