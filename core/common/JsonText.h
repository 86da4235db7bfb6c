#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>
#include <utility>

namespace kumiko {

/// JSON files written by people (kumiko.json, seed migrations): strict parsing, and positions for
/// messages. nlohmann keeps the last of two equal members silently; here that is an error.
///
/// Paths name a value the way our messages do: `features.billing.config.seeds[3].value`, members that
/// are not identifiers as `["a b"]`, the document itself as an empty path or `$`.
class JsonText
{
public:
    /// The document, or `invalid_json` with "file:line:column" as context for a syntax error or a
    /// member that appears twice in one object (field = the duplicate's path).
    static Result<nlohmann::json> parse(const QByteArray& content, const QString& fileName);

    /// "file:line:column" of the value at `path` (of its member name, for object members), or of its
    /// nearest ancestor present in `content`, which must be valid JSON.
    static QString where(const QByteArray& content, const QString& fileName, const QString& path);

    /// 1-based line and column, counted in characters, of a byte offset.
    static std::pair<int, int> lineColumn(const QByteArray& content, qsizetype offset);

    /// `parent.name`, or `parent["name"]` when name is not an identifier.
    static QString memberPath(const QString& parent, const QString& name);
};

} // namespace kumiko
