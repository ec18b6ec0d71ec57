#include "workspace/WorkspaceLoader.h"

#include "common/BoundedRead.h"
#include "common/Logging.h"
#include "workspace/WorkspaceReader.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <QFile>
#include <QFileInfo>

#include <exception>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace wk::workspace {

namespace {

// A workspace is a few hundred lines; anything far bigger is the wrong file.
constexpr qsizetype maxFileBytes = maxTextFileBytes;

// "source:line:column: " with 1-based numbers, from 0-based ones.
QString position(const QString& source, qsizetype line, qsizetype column)
{
    return source + u':' + QString::number(line + 1) + u':' + QString::number(column + 1) + u": "_s;
}

QString position(const QString& source, const YAML::Mark& mark)
{
    return mark.is_null() ? source + u": "_s : position(source, mark.line, mark.column);
}

// Where each document's root node starts, and nothing else.
class DocumentRoots final : public YAML::EventHandler
{
public:
    std::vector<YAML::Mark> roots;

    void OnDocumentStart(const YAML::Mark&) override { m_wantRoot = true; }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { node(mark); }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { node(mark); }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string&) override
    {
        node(mark);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        node(mark);
    }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        node(mark);
    }
    void OnMapEnd() override { }

private:
    void node(const YAML::Mark& mark)
    {
        if (std::exchange(m_wantRoot, false))
            roots.push_back(mark);
    }
    bool m_wantRoot = false;
};

// Where a second document starts, if the text has one. Not YAML::LoadAll: in yaml-cpp 0.7 it never returns on some
// malformed text (one starting with ","), adding empty documents until memory runs out (jbeder/yaml-cpp#1040, fixed
// in 0.8 by #1319). Throws what LoadAll throws for the first two documents.
std::optional<YAML::Mark> secondDocument(const std::string& text)
{
    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentRoots documents;
    int read = 0;
    while (read < 2 && parser.HandleNextDocument(documents))
        ++read;
    return documents.roots.size() > 1 ? std::optional(documents.roots[1]) : std::nullopt;
}

// Length of the valid UTF-8 sequence at `at`, or 0 when it is not valid (overlong, surrogate, too big).
qsizetype utf8SequenceLength(QByteArrayView bytes, qsizetype at)
{
    const auto byte = [&](qsizetype i) { return i < bytes.size() ? uchar(bytes[i]) : uchar(0); };
    const uchar lead = byte(at);
    if (lead < 0x80)
        return 1;
    qsizetype length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (byte(at + 1) < low || byte(at + 1) > high)
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if (byte(at + i) < 0x80 || byte(at + i) > 0xBF)
            return 0;
    }
    return length;
}

// yaml-cpp accepts binary junk and reports tabs in indentation as "illegal map value"; catching
// both here gives the user a message that names the real problem and its place.
std::optional<QString> checkText(const QByteArray& yaml, const QString& source)
{
    if (yaml.size() > maxFileBytes) {
        return source + u": the file is "_s + QString::number(yaml.size())
            + u" bytes; a workspace file is at most 4 MiB (is this the right file?)"_s;
    }
    qsizetype line = 0;
    qsizetype lineStart = 0;
    bool indentation = true;
    for (qsizetype i = 0; i < yaml.size();) {
        const uchar c = uchar(yaml[i]);
        const qsizetype column = i - lineStart;
        if (c == '\n') {
            ++line;
            lineStart = ++i;
            indentation = true;
            continue;
        }
        if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
            return position(source, line, column) + u"control character 0x"_s
                + QString::number(c, 16).rightJustified(2, u'0') + u" in a text file (is this a binary file?)"_s;
        }
        const qsizetype length = utf8SequenceLength(yaml, i);
        if (length == 0)
            return position(source, line, column) + u"the file is not UTF-8 text (is this a binary file?)"_s;
        if (c == '\t' && indentation) {
            const qsizetype next = yaml.indexOf('\n', i);
            const QByteArray rest = yaml.mid(i, next < 0 ? -1 : next - i).trimmed();
            if (!rest.isEmpty() && !rest.startsWith('#'))
                return position(source, line, column) + u"tab in indentation; YAML indents with spaces only"_s;
        }
        if (c != ' ' && c != '\t')
            indentation = false;
        i += length;
    }
    return std::nullopt;
}

QString syntaxHint(const std::string& message)
{
    if (message == "illegal map value" || message == "end of map not found")
        return u" (check the indentation, and quote values that contain \": \")"_s;
    if (message == "end of sequence not found")
        return u" (check the indentation of the list items)"_s;
    return {};
}

} // namespace

Result<Workspace> parseWorkspace(const QByteArray& yaml, const QString& sourceName)
{
    if (const auto problem = checkText(yaml, sourceName))
        return makeError(ErrorCode::Parse, *problem);
    try {
        const std::string text(yaml.constData(), yaml.size());
        const std::optional<YAML::Mark> second = secondDocument(text);
        const YAML::Node document = YAML::Load(text);
        if (document.IsNull()) {
            return makeError(ErrorCode::Parse,
                sourceName
                    + u":1:1: the workspace is empty (expected name, refresh, variables, sources and "
                      u"dashboards)"_s);
        }
        if (second) {
            return makeError(ErrorCode::Parse,
                position(sourceName, *second)
                    + u"a second YAML document; a workspace file holds one (remove the \"---\")"_s);
        }
        WorkspaceReader reader(sourceName, yaml);
        auto workspace = reader.read(document);
        if (!workspace)
            return makeError(ErrorCode::Parse, reader.error());
        return std::move(*workspace);
    } catch (const YAML::DeepRecursion& error) {
        return makeError(ErrorCode::Parse, position(sourceName, error.mark) + u"nested too deeply"_s);
    } catch (const YAML::Exception& error) {
        return makeError(ErrorCode::Parse,
            position(sourceName, error.mark) + u"YAML syntax error: "_s + QString::fromStdString(error.msg)
                + syntaxHint(error.msg));
    } catch (const std::exception& error) {
        return makeError(ErrorCode::Parse, sourceName + u": cannot read: "_s + QString::fromUtf8(error.what()));
    } catch (...) {
        return makeError(ErrorCode::Parse, sourceName + u": cannot read: unexpected failure"_s);
    }
}

Result<Workspace> loadWorkspaceFile(const QString& path)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, path + u": no such file"_s);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, path + u": cannot open: "_s + file.errorString());
    const auto bytes = readAtMost(file, maxTextFileBytes);
    if (!bytes)
        return std::unexpected(bytes.error());
    return parseWorkspace(*bytes, path);
}

Workspace defaultWorkspace()
{
    const QString path = u":/workspaces/default.yaml"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        wk::logging::get("app")->critical("built-in workspace {} is missing: {}", path, file.errorString());
        return {};
    }
    auto workspace = parseWorkspace(file.readAll(), path);
    if (!workspace) {
        wk::logging::get("app")->critical("built-in workspace is broken: {}", workspace.error().detail);
        return {};
    }
    return std::move(*workspace);
}

} // namespace wk::workspace
