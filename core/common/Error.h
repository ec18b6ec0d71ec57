#pragma once

#include <QString>

#include <chrono>
#include <expected>
#include <optional>

namespace wk {

enum class ErrorCode {
    Network,
    Timeout,
    Http,
    Parse,
    Auth,
    RateLimited,
    NotFound,
    BadQuery,
    Unsupported,
    Cancelled,
    Io,
};

// Core errors carry a code for the UI to translate and a technical detail for the log.
struct Error
{
    ErrorCode code = ErrorCode::Network;
    QString detail;
    std::optional<std::chrono::seconds> retryAfter;
    int httpStatus = 0;
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> makeError(ErrorCode code, QString detail)
{
    return std::unexpected(Error{code, std::move(detail), std::nullopt, 0});
}

// Short, untranslated name of a code, for logs and the command line.
QString errorCodeName(ErrorCode code);

// "Timeout: no answer within 10 s", for logs.
QString describe(const Error& error);

} // namespace wk
