#include "common/ErrorCode.h"

#include <QHash>
#include <array>

namespace kumiko {
namespace {

struct Entry
{
    ErrorCode code;
    const char* name;
    ErrorCategory category;
};

constexpr std::array kCatalogue = {
#define KUMIKO_ERROR_CODE_ENTRY(code, name, category) Entry{ErrorCode::code, name, ErrorCategory::category},
    KUMIKO_ERROR_CODES(KUMIKO_ERROR_CODE_ENTRY)
#undef KUMIKO_ERROR_CODE_ENTRY
};

// The enumerators are declared in catalogue order, so a code's entry sits at its own index.
const Entry& entryOf(ErrorCode code)
{
    return kCatalogue.at(std::size_t(code));
}

} // namespace

QString ErrorCodes::name(ErrorCode code)
{
    return QString::fromLatin1(entryOf(code).name);
}

ErrorCategory ErrorCodes::category(ErrorCode code)
{
    return entryOf(code).category;
}

std::optional<ErrorCode> ErrorCodes::fromName(QStringView name)
{
    static const QHash<QString, ErrorCode> byName = [] {
        QHash<QString, ErrorCode> codes;
        for (const Entry& entry : kCatalogue)
            codes.insert(QString::fromLatin1(entry.name), entry.code);
        return codes;
    }();
    if (const auto it = byName.constFind(name.toString()); it != byName.constEnd())
        return *it;
    return std::nullopt;
}

const QList<ErrorCode>& ErrorCodes::all()
{
    static const QList<ErrorCode> codes = [] {
        QList<ErrorCode> all;
        for (const Entry& entry : kCatalogue)
            all.append(entry.code);
        return all;
    }();
    return codes;
}

} // namespace kumiko
