#include "common/UiText.h"

#include "common/IoProblem.h"

#include <QCoreApplication>
#include <QLocale>

namespace wk::ui {

QString errorText(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Network:
        return QCoreApplication::translate("UiText", "cannot reach the server");
    case ErrorCode::Timeout:
        return QCoreApplication::translate("UiText", "the server did not answer in time");
    case ErrorCode::Http:
        return QCoreApplication::translate("UiText", "the server answered with an error (HTTP %1)")
            .arg(error.httpStatus);
    case ErrorCode::Parse:
        return QCoreApplication::translate("UiText", "the answer could not be read");
    case ErrorCode::Auth:
        return QCoreApplication::translate("UiText", "the API key was refused");
    case ErrorCode::RateLimited:
        return QCoreApplication::translate("UiText", "rate limited; retrying later");
    case ErrorCode::NotFound:
        return QCoreApplication::translate("UiText", "not found");
    case ErrorCode::BadQuery:
        return QCoreApplication::translate("UiText", "the query is invalid");
    case ErrorCode::Unsupported:
        return QCoreApplication::translate("UiText", "not supported by this source");
    case ErrorCode::Cancelled:
        return QCoreApplication::translate("UiText", "cancelled");
    case ErrorCode::Io:
        switch (ioProblemOf(error)) {
        case IoProblem::DiskFull:
            return QCoreApplication::translate("UiText", "the disk is full");
        case IoProblem::Damaged:
            return QCoreApplication::translate("UiText", "the file is damaged");
        case IoProblem::Newer:
            return QCoreApplication::translate("UiText", "the file was written by a newer Watchkeeper");
        case IoProblem::Other:
            break;
        }
        return QCoreApplication::translate("UiText", "a file could not be read or written");
    }
    return QCoreApplication::translate("UiText", "unknown error");
}

QString sourceStateText(polling::SourceState state)
{
    switch (state) {
    case polling::SourceState::Waiting:
        return QCoreApplication::translate("UiText", "connecting");
    case polling::SourceState::Live:
        return QCoreApplication::translate("UiText", "live");
    case polling::SourceState::Stale:
        return QCoreApplication::translate("UiText", "stale");
    case polling::SourceState::Failing:
        return QCoreApplication::translate("UiText", "failing");
    }
    return {};
}

QString momentText(const QDateTime& at, const QDateTime& now)
{
    using namespace Qt::StringLiterals;
    const QDateTime local = at.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return QLocale().toString(local.time(), u"HH:mm:ss"_s);
    if (local.date().year() == now.toLocalTime().date().year())
        return QLocale().toString(local, u"d MMM HH:mm:ss"_s);
    return QLocale().toString(local, u"d MMM yyyy HH:mm:ss"_s);
}

} // namespace wk::ui
