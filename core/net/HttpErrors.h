#pragma once

#include "common/Error.h"
#include "net/HttpTypes.h"

namespace wk::net {

// The transport errors of both ways a request goes out (QNetworkAccessManager, OneShotHttp), worded alike.

// Parse: the answer is larger than request.maxBytes. Logs the refusal.
Error answerTooLarge(const HttpRequest& request);
// Timeout: no byte for request.timeoutMs; `partial` when part of the answer had arrived.
Error answerTimedOut(const HttpRequest& request, bool partial);
// Network: the connection closed or was reset before the whole answer; `why` is the socket's wording, if any.
Error connectionBroke(const HttpRequest& request, bool partial, const QString& why = {});

} // namespace wk::net
