#pragma once

#include "common/Error.h"

#include <QByteArrayView>
#include <QMap>
#include <QStringList>

#include <simdjson.h>

#include <functional>

namespace wk::prometheus::json {

// What went wrong while walking a document: simdjson's code, if any, and our words for it.
struct Failure
{
    simdjson::error_code code = simdjson::SUCCESS;
    QString text;

    bool set(simdjson::error_code e, const char* what)
    {
        code = e;
        text = QString::fromUtf8(what);
        return false;
    }
    bool message(QString what)
    {
        text = std::move(what);
        return false;
    }
};

struct Envelope
{
    QStringList warnings; // warnings, then infos marked "info: "
};

using DataReader = std::function<bool(simdjson::ondemand::value, Failure&)>;

// Reads Prometheus' {"status", "data", "errorType", "error", "warnings", "infos"} envelope, handing "data"
// to `readData`. Turns error envelopes, HTML pages, empty, truncated and malformed bodies into typed errors.
Result<Envelope> readEnvelope(QByteArrayView body, int httpStatus, const DataReader& readData);

// simdjson's string_view as a QString.
inline QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// {"name": "value", ...} into a map; `what` names the object for the error ("\"metric\"", "labels").
bool readStringMap(simdjson::ondemand::value v, QMap<QString, QString>& out, const char* what, Failure& failure);

// The start of a body, without tags, for error messages: "502 Bad Gateway nginx".
QString snippetOf(QByteArrayView body, int maxChars = 160);

} // namespace wk::prometheus::json
