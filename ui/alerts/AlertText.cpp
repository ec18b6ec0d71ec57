#include "alerts/AlertText.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::ui {

QString ageText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0); // a backend clock a little ahead of ours
    if (seconds < 60)
        return QCoreApplication::translate("AlertText", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("AlertText", "%1 min").arg(seconds / 60);
    if (seconds < 86400) {
        const qint64 minutes = (seconds % 3600) / 60;
        if (minutes == 0)
            return QCoreApplication::translate("AlertText", "%1 h").arg(seconds / 3600);
        return QCoreApplication::translate("AlertText", "%1 h %2 min").arg(seconds / 3600).arg(minutes);
    }
    return QCoreApplication::translate("AlertText", "%1 d").arg(seconds / 86400);
}

QString statusText(alerts::AlertStatus status)
{
    switch (status) {
    case alerts::AlertStatus::Open:
        return QCoreApplication::translate("AlertText", "Open");
    case alerts::AlertStatus::Acknowledged:
        return QCoreApplication::translate("AlertText", "Acknowledged");
    case alerts::AlertStatus::Snoozed:
        return QCoreApplication::translate("AlertText", "Snoozed");
    case alerts::AlertStatus::Closed:
        return QCoreApplication::translate("AlertText", "Closed");
    }
    return {};
}

QString pendingText(alerts::ActionKind kind)
{
    switch (kind) {
    case alerts::ActionKind::Acknowledge:
        return QCoreApplication::translate("AlertText", "Acknowledging…");
    case alerts::ActionKind::Unacknowledge:
        return QCoreApplication::translate("AlertText", "Unacknowledging…");
    case alerts::ActionKind::Close:
        return QCoreApplication::translate("AlertText", "Closing…");
    case alerts::ActionKind::Escalate:
        return QCoreApplication::translate("AlertText", "Escalating…");
    case alerts::ActionKind::AddNote:
        return QCoreApplication::translate("AlertText", "Adding note…");
    case alerts::ActionKind::Snooze:
        return QCoreApplication::translate("AlertText", "Snoozing…");
    case alerts::ActionKind::Assign:
        return QCoreApplication::translate("AlertText", "Assigning…");
    case alerts::ActionKind::AddTags:
        return QCoreApplication::translate("AlertText", "Adding tags…");
    }
    return {};
}

QString failureText(alerts::ActionKind kind, const QString& reason)
{
    switch (kind) {
    case alerts::ActionKind::Acknowledge:
        return QCoreApplication::translate("AlertText", "Could not acknowledge: %1").arg(reason);
    case alerts::ActionKind::Unacknowledge:
        return QCoreApplication::translate("AlertText", "Could not unacknowledge: %1").arg(reason);
    case alerts::ActionKind::Close:
        return QCoreApplication::translate("AlertText", "Could not close: %1").arg(reason);
    case alerts::ActionKind::Escalate:
        return QCoreApplication::translate("AlertText", "Could not escalate: %1").arg(reason);
    case alerts::ActionKind::AddNote:
        return QCoreApplication::translate("AlertText", "Could not add the note: %1").arg(reason);
    case alerts::ActionKind::Snooze:
        return QCoreApplication::translate("AlertText", "Could not snooze: %1").arg(reason);
    case alerts::ActionKind::Assign:
        return QCoreApplication::translate("AlertText", "Could not assign: %1").arg(reason);
    case alerts::ActionKind::AddTags:
        return QCoreApplication::translate("AlertText", "Could not add tags: %1").arg(reason);
    }
    return reason;
}

QString actionDoneText(alerts::ActionKind kind, const QString& message)
{
    switch (kind) {
    case alerts::ActionKind::Acknowledge:
        return QCoreApplication::translate("AlertText", "Acknowledged \"%1\"").arg(message);
    case alerts::ActionKind::Unacknowledge:
        return QCoreApplication::translate("AlertText", "Unacknowledged \"%1\"").arg(message);
    case alerts::ActionKind::Close:
        return QCoreApplication::translate("AlertText", "Closed \"%1\"").arg(message);
    case alerts::ActionKind::Escalate:
        return QCoreApplication::translate("AlertText", "Escalated \"%1\"").arg(message);
    case alerts::ActionKind::AddNote:
        return QCoreApplication::translate("AlertText", "Added a note to \"%1\"").arg(message);
    case alerts::ActionKind::Snooze:
        return QCoreApplication::translate("AlertText", "Snoozed \"%1\"").arg(message);
    case alerts::ActionKind::Assign:
        return QCoreApplication::translate("AlertText", "Assigned \"%1\"").arg(message);
    case alerts::ActionKind::AddTags:
        return QCoreApplication::translate("AlertText", "Tagged \"%1\"").arg(message);
    }
    return message;
}

QString actionFailedText(alerts::ActionKind kind, const QString& message, const QString& reason)
{
    switch (kind) {
    case alerts::ActionKind::Acknowledge:
        return QCoreApplication::translate("AlertText", "Could not acknowledge \"%1\": %2").arg(message, reason);
    case alerts::ActionKind::Unacknowledge:
        return QCoreApplication::translate("AlertText", "Could not unacknowledge \"%1\": %2").arg(message, reason);
    case alerts::ActionKind::Close:
        return QCoreApplication::translate("AlertText", "Could not close \"%1\": %2").arg(message, reason);
    case alerts::ActionKind::Escalate:
        return QCoreApplication::translate("AlertText", "Could not escalate \"%1\": %2").arg(message, reason);
    case alerts::ActionKind::AddNote:
        return QCoreApplication::translate("AlertText", "Could not add a note to \"%1\": %2").arg(message, reason);
    case alerts::ActionKind::Snooze:
        return QCoreApplication::translate("AlertText", "Could not snooze \"%1\": %2").arg(message, reason);
    case alerts::ActionKind::Assign:
        return QCoreApplication::translate("AlertText", "Could not assign \"%1\": %2").arg(message, reason);
    case alerts::ActionKind::AddTags:
        return QCoreApplication::translate("AlertText", "Could not tag \"%1\": %2").arg(message, reason);
    }
    return reason;
}

QString landedText(alerts::ActionKind kind, const QDateTime& at)
{
    const QString time = at.toString(u"HH:mm:ss"_s);
    switch (kind) {
    case alerts::ActionKind::Acknowledge:
        return QCoreApplication::translate("AlertText", "Acknowledged at %1").arg(time);
    case alerts::ActionKind::Unacknowledge:
        return QCoreApplication::translate("AlertText", "Unacknowledged at %1").arg(time);
    case alerts::ActionKind::Close:
        return QCoreApplication::translate("AlertText", "Closed at %1").arg(time);
    case alerts::ActionKind::Escalate:
        return QCoreApplication::translate("AlertText", "Escalated at %1").arg(time);
    case alerts::ActionKind::AddNote:
        return QCoreApplication::translate("AlertText", "Note added at %1").arg(time);
    case alerts::ActionKind::Snooze:
        return QCoreApplication::translate("AlertText", "Snoozed at %1").arg(time);
    case alerts::ActionKind::Assign:
        return QCoreApplication::translate("AlertText", "Assigned at %1").arg(time);
    case alerts::ActionKind::AddTags:
        return QCoreApplication::translate("AlertText", "Tagged at %1").arg(time);
    }
    return time;
}

QString escalationText(int level)
{
    if (level <= 0)
        return QCoreApplication::translate("AlertText", "primary on call");
    return QCoreApplication::translate("AlertText", "escalated to level %1").arg(level);
}

QString exactTimeText(const QDateTime& at)
{
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString relativeTimeText(qint64 seconds)
{
    return QCoreApplication::translate("AlertText", "%1 ago").arg(ageText(seconds));
}

QString confirmedText(const QString& landed)
{
    return QCoreApplication::translate("AlertText", "%1 (confirmed by the alert service)").arg(landed);
}

QString heartbeatReadOnlyText()
{
    return QCoreApplication::translate("AlertText",
        "A heartbeat alert is read-only: an expired heartbeat is fixed by restarting the pipeline that should ping "
        "it.");
}

namespace {

struct BulkWords
{
    alerts::ActionKind kind;
    const char* done;
    const char* failed;
};

constexpr BulkWords bulkWords[] = {
    {alerts::ActionKind::Acknowledge, QT_TRANSLATE_N_NOOP("AlertText", "Acknowledged %n alerts"),
        QT_TRANSLATE_N_NOOP("AlertText", "%n of %1 could not be acknowledged: %2")},
    {alerts::ActionKind::Unacknowledge, QT_TRANSLATE_N_NOOP("AlertText", "Unacknowledged %n alerts"),
        QT_TRANSLATE_N_NOOP("AlertText", "%n of %1 could not be unacknowledged: %2")},
    {alerts::ActionKind::Close, QT_TRANSLATE_N_NOOP("AlertText", "Closed %n alerts"),
        QT_TRANSLATE_N_NOOP("AlertText", "%n of %1 could not be closed: %2")},
    {alerts::ActionKind::Escalate, QT_TRANSLATE_N_NOOP("AlertText", "Escalated %n alerts"),
        QT_TRANSLATE_N_NOOP("AlertText", "%n of %1 could not be escalated: %2")},
    {alerts::ActionKind::AddNote, QT_TRANSLATE_N_NOOP("AlertText", "Added a note to %n alerts"),
        QT_TRANSLATE_N_NOOP("AlertText", "%n of %1 could not be given the note: %2")},
    {alerts::ActionKind::Snooze, QT_TRANSLATE_N_NOOP("AlertText", "Snoozed %n alerts"),
        QT_TRANSLATE_N_NOOP("AlertText", "%n of %1 could not be snoozed: %2")},
    {alerts::ActionKind::Assign, QT_TRANSLATE_N_NOOP("AlertText", "Assigned %n alerts"),
        QT_TRANSLATE_N_NOOP("AlertText", "%n of %1 could not be assigned: %2")},
    {alerts::ActionKind::AddTags, QT_TRANSLATE_N_NOOP("AlertText", "Tagged %n alerts"),
        QT_TRANSLATE_N_NOOP("AlertText", "%n of %1 could not be tagged: %2")},
};

const BulkWords& bulkWordsFor(alerts::ActionKind kind)
{
    return *std::find_if(std::begin(bulkWords), std::end(bulkWords), [kind](const auto& w) { return w.kind == kind; });
}

} // namespace

QString bulkDoneText(alerts::ActionKind kind, int count)
{
    return QCoreApplication::translate("AlertText", bulkWordsFor(kind).done, nullptr, count);
}

QString bulkFailedText(alerts::ActionKind kind, int failed, int count, const QString& reasons)
{
    return QCoreApplication::translate("AlertText", bulkWordsFor(kind).failed, nullptr, failed)
        .arg(QString::number(count), reasons);
}

} // namespace wk::ui
