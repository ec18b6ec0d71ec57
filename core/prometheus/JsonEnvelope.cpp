#include "prometheus/JsonEnvelope.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace wk::prometheus::json {

namespace {

// Prometheus' errorType values: query mistakes mark the panel, the rest the source.
ErrorCode codeForErrorType(std::string_view type, int httpStatus)
{
    if (type == "bad_data" || type == "execution" || type == "not_acceptable")
        return ErrorCode::BadQuery;
    if (type == "timeout")
        return ErrorCode::Timeout;
    if (type == "canceled")
        return ErrorCode::Cancelled;
    if (type == "not_found")
        return ErrorCode::NotFound;
    // VictoriaMetrics writes the status as the type ("422"); 400 and 422 are the query's fault either way.
    if (httpStatus == 400 || httpStatus == 422)
        return ErrorCode::BadQuery;
    return ErrorCode::Http;
}

Error httpError(int status, QByteArrayView body)
{
    ErrorCode code = ErrorCode::Http;
    if (status == 401 || status == 403)
        code = ErrorCode::Auth;
    else if (status == 429)
        code = ErrorCode::RateLimited;
    const QString snippet = snippetOf(body);
    return Error{code, snippet.isEmpty() ? u"HTTP %1 with an empty body"_s.arg(status) : snippet, std::nullopt, status};
}

bool readStrings(od::value v, QStringList& out, const QString& prefix, Failure& failure)
{
    od::array items;
    if (auto e = v.get_array().get(items))
        return failure.set(e, "warnings must be an array of strings");
    for (auto item : items) {
        std::string_view text;
        if (auto e = item.get_string().get(text))
            return failure.set(e, "warnings must be strings");
        out.append(prefix + QString::fromUtf8(text.data(), qsizetype(text.size())));
    }
    return true;
}

} // namespace

bool readStringMap(od::value v, QMap<QString, QString>& out, const char* what, Failure& failure)
{
    od::object object;
    if (auto e = v.get_object().get(object))
        return failure.set(e, what);
    for (auto field : object) {
        std::string_view key;
        std::string_view value;
        if (auto e = field.unescaped_key().get(key))
            return failure.set(e, "a key could not be read");
        if (auto e = field.value().get_string().get(value))
            return failure.set(e, "expected string values");
        out.insert(qstr(key), qstr(value));
    }
    return true;
}

QString snippetOf(QByteArrayView body, int maxChars)
{
    QString text = QString::fromUtf8(body.first(qMin<qsizetype>(body.size(), 4096)));
    static const QRegularExpression title(u"<title>(.*?)</title>"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = title.match(text); m.hasMatch())
        text = m.captured(1) + u' ' + text.mid(m.capturedEnd());
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression space(u"\\s+"_s);
    text.remove(tags).replace(space, u" "_s);
    text = text.trimmed();
    if (text.size() > maxChars)
        text = text.left(maxChars) + u'…';
    return text;
}

Result<Envelope> readEnvelope(QByteArrayView body, int httpStatus, const DataReader& readData)
{
    qsizetype start = 0;
    while (start < body.size() && std::isspace(static_cast<unsigned char>(body[start])))
        ++start;
    if (start == body.size()) {
        if (httpStatus >= 400)
            return std::unexpected(httpError(httpStatus, body));
        return makeError(ErrorCode::Parse, u"the server sent an empty answer"_s);
    }
    if (body[start] == '<') {
        if (httpStatus >= 400)
            return std::unexpected(httpError(httpStatus, body));
        return makeError(ErrorCode::Parse,
            u"the server sent an HTML page, not Prometheus JSON (a proxy or login page?): %1"_s.arg(snippetOf(body)));
    }

    thread_local od::parser parser;
    const simdjson::padded_string padded(body.data(), std::size_t(body.size()));
    Failure failure;
    Envelope envelope;
    std::string_view status;
    std::string errorType;
    QString errorText;
    bool sawData = false;

    od::document doc;
    bool ok = true;
    if (auto e = parser.iterate(padded).get(doc)) {
        ok = failure.set(e, "the answer is not JSON");
    } else {
        od::object root;
        if (auto e = doc.get_object().get(root)) {
            ok = failure.set(e, "the answer is not a JSON object");
        } else {
            for (auto field : root) {
                std::string_view key;
                if (auto e = field.unescaped_key().get(key)) {
                    ok = failure.set(e, "a key could not be read");
                    break;
                }
                if (key == "status") {
                    std::string_view s;
                    if (auto e = field.value().get_string().get(s)) {
                        ok = failure.set(e, "\"status\" must be a string");
                        break;
                    }
                    status = s == "success" ? "success" : s == "error" ? "error" : "other";
                } else if (key == "data") {
                    sawData = true;
                    if (!readData(field.value(), failure)) {
                        ok = false;
                        break;
                    }
                } else if (key == "errorType") {
                    std::string_view s;
                    if (field.value().get_string().get(s) == simdjson::SUCCESS)
                        errorType = std::string(s);
                } else if (key == "error") {
                    std::string_view s;
                    if (field.value().get_string().get(s) == simdjson::SUCCESS)
                        errorText = QString::fromUtf8(s.data(), qsizetype(s.size()));
                } else if (key == "warnings" || key == "infos") {
                    if (!readStrings(
                            field.value(), envelope.warnings, key == "infos" ? u"info: "_s : QString(), failure)) {
                        ok = false;
                        break;
                    }
                }
            }
        }
    }

    if (!ok) {
        if (httpStatus >= 400)
            return std::unexpected(httpError(httpStatus, body));
        QString detail = u"the answer is not valid Prometheus JSON: "_s + failure.text;
        if (failure.code == simdjson::INCOMPLETE_ARRAY_OR_OBJECT || failure.code == simdjson::TAPE_ERROR)
            detail += u" (truncated?)"_s;
        if (failure.code != simdjson::SUCCESS)
            detail += u" [%1]"_s.arg(QString::fromUtf8(simdjson::error_message(failure.code)));
        return makeError(ErrorCode::Parse, detail);
    }
    if (status == "error") {
        Error error{codeForErrorType(errorType, httpStatus), QString::fromStdString(errorType) + u": "_s + errorText,
            std::nullopt, httpStatus};
        return std::unexpected(error);
    }
    if (httpStatus >= 400)
        return std::unexpected(httpError(httpStatus, body));
    if (status != "success")
        return makeError(ErrorCode::Parse, u"no \"status\": \"success\" in the answer; is this a Prometheus API?"_s);
    if (!sawData)
        return makeError(ErrorCode::Parse, u"a successful answer without \"data\""_s);
    return envelope;
}

} // namespace wk::prometheus::json
