#include "net/HttpErrors.h"

#include "common/Logging.h"

using namespace Qt::StringLiterals;

namespace wk::net {

namespace {

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QString::number(bytes / (1024.0 * 1024.0), 'g', 3) + u" MiB"_s;
    return QString::number(bytes / 1024.0, 'g', 3) + u" KiB"_s;
}

} // namespace

Error answerTooLarge(const HttpRequest& request)
{
    logging::get("net")->warn(
        "{} answered more than {} bytes; refused", request.url.toDisplayString(), request.maxBytes);
    return Error{ErrorCode::Parse,
        u"the answer is larger than %1; narrow the query or its time range"_s.arg(sizeText(request.maxBytes)),
        std::nullopt, 0};
}

Error answerTimedOut(const HttpRequest& request, bool partial)
{
    const QString host = request.url.host();
    const double seconds = request.timeoutMs / 1000.0;
    return Error{ErrorCode::Timeout,
        partial ? u"the answer from %1 stalled for %2 s before it was complete"_s.arg(host).arg(seconds)
                : u"no answer within %1 s from %2"_s.arg(seconds).arg(host),
        std::nullopt, 0};
}

Error connectionBroke(const HttpRequest& request, bool partial, const QString& why)
{
    QString detail = partial ? u"the connection to %1 broke before the whole answer arrived"_s.arg(request.url.host())
                             : u"the connection to %1 broke before the answer arrived"_s.arg(request.url.host());
    if (!why.isEmpty())
        detail += u" ("_s + why + u')';
    return Error{ErrorCode::Network, detail, std::nullopt, 0};
}

} // namespace wk::net
