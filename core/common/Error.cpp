#include "common/Error.h"

using namespace Qt::StringLiterals;

namespace wk {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Network:
        return u"Network"_s;
    case ErrorCode::Timeout:
        return u"Timeout"_s;
    case ErrorCode::Http:
        return u"Http"_s;
    case ErrorCode::Parse:
        return u"Parse"_s;
    case ErrorCode::Auth:
        return u"Auth"_s;
    case ErrorCode::RateLimited:
        return u"RateLimited"_s;
    case ErrorCode::NotFound:
        return u"NotFound"_s;
    case ErrorCode::BadQuery:
        return u"BadQuery"_s;
    case ErrorCode::Unsupported:
        return u"Unsupported"_s;
    case ErrorCode::Cancelled:
        return u"Cancelled"_s;
    case ErrorCode::Io:
        return u"Io"_s;
    }
    return u"Unknown"_s;
}

QString describe(const Error& error)
{
    QString text = errorCodeName(error.code);
    if (error.httpStatus != 0)
        text += u" (HTTP "_s + QString::number(error.httpStatus) + u')';
    if (!error.detail.isEmpty())
        text += u": "_s + error.detail;
    return text;
}

} // namespace wk
