#include "common/JsonText.h"

#include <QRegularExpression>
#include <functional>
#include <unordered_set>
#include <vector>

namespace kumiko {
namespace {

using Json = nlohmann::json;

bool isIdentifier(const QString& name)
{
    const auto allowed = [](QChar c, bool first) {
        return c == QLatin1Char('_') || c == QLatin1Char('$') ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
               (!first && c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    };
    for (qsizetype i = 0; i < name.size(); ++i)
        if (!allowed(name.at(i), i == 0))
            return false;
    return !name.isEmpty();
}

QString syntaxReason(const std::string& what)
{
    // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error while …"
    static const QRegularExpression prefix(
        QStringLiteral("^\\[json\\.exception[^\\]]*\\] parse error( at line \\d+, column \\d+)?: "));
    return QString::fromStdString(what).remove(prefix);
}

// Walks text that nlohmann already accepted, reporting member names and array elements with their
// byte offsets. The text is valid JSON, so only strings, brackets, commas and colons matter.
class Scanner
{
public:
    struct Frame
    {
        bool array = false;
        int index = -1;  ///< current element, arrays only
        std::string key; ///< current member, objects only
        std::unordered_set<std::string> keys;
    };
    /// Gets the frames (innermost last) and the offset of a member name or an element; returning
    /// false stops the scan.
    using Visit = std::function<bool(const std::vector<Frame>&, qsizetype)>;

    Scanner(const QByteArray& content, Visit onMember, Visit onElement)
        : m_text(content)
        , m_onMember(std::move(onMember))
        , m_onElement(std::move(onElement))
    {}

    /// With `duplicatesOnly`, onMember hears only of members that repeat a name in their object.
    void run(bool duplicatesOnly)
    {
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const char c = m_text.at(i);
            bool go = true;
            if (c == '{' || c == '[') {
                m_frames.push_back(Frame{c == '[', -1, {}, {}});
                if (c == '[')
                    go = element(i + 1);
            } else if (c == '}' || c == ']') {
                m_frames.pop_back();
            } else if (c == ',' && !m_frames.empty() && m_frames.back().array) {
                go = element(i + 1);
            } else if (c == '"') {
                const qsizetype start = i;
                const bool escaped = skipString(i);
                if (!m_frames.empty() && !m_frames.back().array && m_text.at(nextValue(i + 1)) == ':')
                    go = member(name(start, i, escaped), start, duplicatesOnly);
            }
            if (!go)
                return;
        }
    }

private:
    bool element(qsizetype after)
    {
        const qsizetype offset = nextValue(after);
        if (m_text.at(offset) == ']')
            return true; // an empty array
        ++m_frames.back().index;
        return m_onElement(m_frames, offset);
    }

    bool member(std::string name, qsizetype offset, bool duplicatesOnly)
    {
        Frame& frame = m_frames.back();
        frame.key = name;
        const bool repeated = !frame.keys.insert(std::move(name)).second;
        return duplicatesOnly && !repeated ? true : m_onMember(m_frames, offset);
    }

    qsizetype nextValue(qsizetype i) const
    {
        while (i < m_text.size() - 1 && QChar::isSpace(uchar(m_text.at(i))))
            ++i;
        return i;
    }

    // Moves `i` from a string's opening quote to its closing one; true if the string has escapes.
    bool skipString(qsizetype& i) const
    {
        bool escaped = false;
        for (++i; i < m_text.size() && m_text.at(i) != '"'; ++i) {
            if (m_text.at(i) == '\\') {
                escaped = true;
                ++i;
            }
        }
        return escaped;
    }

    // The decoded text of the string between the quotes at `open` and `close`.
    std::string name(qsizetype open, qsizetype close, bool escaped) const
    {
        if (!escaped)
            return std::string(m_text.constData() + open + 1, size_t(close - open - 1));
        return Json::parse(m_text.constData() + open, m_text.constData() + close + 1).get<std::string>();
    }

    const QByteArray& m_text;
    Visit m_onMember;
    Visit m_onElement;
    std::vector<Frame> m_frames;
};

// Builds the document as nlohmann's own DOM parser does, in the same single pass noticing a member
// that appears twice in one object (nlohmann's parser keeps the last one silently).
class StrictDomBuilder
{
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    explicit StrictDomBuilder(Json& root)
        : m_root(root)
    {}

    bool null() { return place(nullptr); }
    bool boolean(bool value) { return place(value); }
    bool number_integer(number_integer_t value) { return place(value); }
    bool number_unsigned(number_unsigned_t value) { return place(value); }
    bool number_float(number_float_t value, const string_t&) { return place(value); }
    bool string(string_t& value) { return place(std::move(value)); }
    bool binary(binary_t& value) { return place(Json::binary(std::move(value))); }
    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t& name)
    {
        auto [member, added] = m_open.back()->get_ref<Json::object_t&>().try_emplace(std::move(name));
        m_duplicate = m_duplicate || !added;
        m_member = &member->second;
        return true;
    }

    template <typename Exception>
    bool parse_error(std::size_t position, const std::string&, const Exception& error)
    {
        m_errorAt = qsizetype(position);
        m_error = error.what();
        return false;
    }

    bool duplicate() const { return m_duplicate; }
    /// Byte offset (1-based, as nlohmann counts) and message of a syntax error; offset -1 without one.
    qsizetype errorAt() const { return m_errorAt; }
    const std::string& error() const { return m_error; }

private:
    // Where the next value goes: the root, the end of the open array, or the member just named.
    Json* slot()
    {
        if (m_open.empty())
            return &m_root;
        Json& parent = *m_open.back();
        if (parent.is_array()) {
            auto& elements = parent.get_ref<Json::array_t&>();
            elements.emplace_back();
            return &elements.back();
        }
        return m_member;
    }

    template <typename Value>
    bool place(Value&& value)
    {
        *slot() = Json(std::forward<Value>(value));
        return true;
    }

    bool open(Json&& container)
    {
        Json* at = slot();
        *at = std::move(container);
        m_open.push_back(at);
        return true;
    }

    bool close()
    {
        m_open.pop_back();
        return true;
    }

    Json& m_root;
    std::vector<Json*> m_open;
    Json* m_member = nullptr;
    bool m_duplicate = false;
    qsizetype m_errorAt = -1;
    std::string m_error;
};

QString pathOf(const std::vector<Scanner::Frame>& frames)
{
    QString path;
    for (const Scanner::Frame& frame : frames) {
        if (frame.array)
            path += QStringLiteral("[%1]").arg(frame.index);
        else
            path = JsonText::memberPath(path, QString::fromStdString(frame.key));
    }
    return path;
}

// The path and every ancestor of it, longest first.
QStringList pathAndAncestors(const QString& path)
{
    QStringList paths{path};
    bool quoted = false;
    for (qsizetype i = path.size() - 1; i > 0; --i) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('.') || c == QLatin1Char('[')))
            paths << path.left(i);
    }
    return paths;
}

} // namespace

Result<nlohmann::json> JsonText::parse(const QByteArray& content, const QString& fileName)
{
    const auto failure = [&](qsizetype offset, const QString& reason, const QString& field) {
        const auto [line, column] = lineColumn(content, offset);
        const QString at = QStringLiteral("%1:%2:%3").arg(fileName).arg(line).arg(column);
        Error e = Error::make(ErrorCode::InvalidJson, QStringLiteral("%1: invalid JSON: %2").arg(at, reason),
                              field);
        e.context = at;
        return e;
    };
    // nlohmann stops reading at a NUL byte and accepts what came before it; the Scanner below then
    // walked the unchecked rest past the end of the text (fuzz_manifest). JSON never holds a raw NUL.
    if (const qsizetype nul = content.indexOf('\0'); nul >= 0)
        return failure(nul, QStringLiteral("a NUL byte is not allowed in JSON text"), QString());
    Json document;
    StrictDomBuilder builder(document);
    Json::sax_parse(content.constBegin(), content.constEnd(), &builder);
    if (builder.errorAt() >= 0)
        return failure(builder.errorAt() - 1, syntaxReason(builder.error()), QString());
    if (!builder.duplicate())
        return document;
    // Rare: find where the repeated member is, for the message.
    qsizetype duplicateAt = -1;
    QString duplicatePath;
    QString duplicate;
    const auto found = [&](const std::vector<Scanner::Frame>& frames, qsizetype offset) {
        duplicateAt = offset;
        duplicatePath = pathOf(frames);
        duplicate = QString::fromStdString(frames.back().key);
        return false;
    };
    Scanner(content, found, [](const std::vector<Scanner::Frame>&, qsizetype) { return true; }).run(true);
    if (duplicateAt >= 0)
        return failure(duplicateAt,
                       QStringLiteral("member \"%1\" appears twice in one object").arg(duplicate),
                       duplicatePath);
    return document;
}

QString JsonText::where(const QByteArray& content, const QString& fileName, const QString& path)
{
    qsizetype offset = 0; // the document itself
    while (offset < content.size() && QChar::isSpace(uchar(content.at(offset))))
        ++offset;
    if (!path.isEmpty() && path != QLatin1String("$")) {
        const QStringList wanted = pathAndAncestors(path);
        qsizetype best = wanted.size();
        const auto visit = [&](const std::vector<Scanner::Frame>& frames, qsizetype at) {
            const qsizetype rank = wanted.indexOf(pathOf(frames));
            if (rank >= 0 && rank < best) {
                best = rank;
                offset = at;
            }
            return best != 0;
        };
        Scanner(content, visit, visit).run(false);
    }
    const auto [line, column] = lineColumn(content, offset);
    return QStringLiteral("%1:%2:%3").arg(fileName).arg(line).arg(column);
}

std::pair<int, int> JsonText::lineColumn(const QByteArray& content, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < content.size(); ++i) {
        const char c = content.at(i);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

QString JsonText::memberPath(const QString& parent, const QString& name)
{
    if (!isIdentifier(name))
        return parent + QStringLiteral("[\"%1\"]").arg(name);
    return parent.isEmpty() ? name : parent + QLatin1Char('.') + name;
}

} // namespace kumiko
