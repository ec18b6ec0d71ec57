#include "alerts/AlertBackend.h"

namespace wk::alerts {

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
