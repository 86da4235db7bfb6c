#include "mail/MailTransport.h"

#include "mail/DirectoryTransport.h"
#include "mail/SmtpTransport.h"

namespace kumiko::mail {

Result<std::unique_ptr<MailTransport>> MailTransport::fromSettings(const MailSettings& settings,
                                                                   const QString& projectDir)
{
    if (settings.transport == MailSettings::Transport::Directory)
        return std::unique_ptr<MailTransport>(
            std::make_unique<DirectoryTransport>(settings.directoryPath(projectDir)));
    auto url = settings.resolveSmtpUrl();
    if (!url)
        return url.error();
    auto smtp = SmtpTransport::create(url.value(), settings.startTls, settings.timeoutSeconds);
    if (!smtp)
        return smtp.error();
    return std::unique_ptr<MailTransport>(std::move(smtp).value());
}

} // namespace kumiko::mail
