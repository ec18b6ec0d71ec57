#include "alerts/AlertBackend.h"

using namespace Qt::StringLiterals;

namespace wk::alerts {

void AlertBackend::history(const QString&, QObject*, Callback<QList<AlertLogEntry>> done)
{
    done(makeError(ErrorCode::Unsupported, sourceName() + u" keeps no history of its alerts to import"_s));
}

bool isTransient(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::RateLimited:
        return true;
    case ErrorCode::Http:
        return error.httpStatus >= 500;
    default:
        return false;
    }
}

} // namespace wk::alerts
