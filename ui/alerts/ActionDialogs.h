#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;
class QWidget;

namespace wk::ui {

// The small questions an action on alerts may need answered first. Each is modal and answers nothing when the
// user cancels. `subject` names what the action is for: an alert's message in quotes, or "3 alerts".
class ActionDialogs
{
    Q_DECLARE_TR_FUNCTIONS(ActionDialogs)

public:
    // Calls back with the names of the escalation policies it knows of; `context` going away cancels the call.
    using PolicySource = std::function<void(QObject* context, std::function<void(QStringList)> done)>;

    static std::optional<QString> note(QWidget* parent, const QString& subject);
    // A time in UTC, from presets (30 min, 1 h, 4 h, 09:00 tomorrow) or a chosen date and time.
    static std::optional<QDateTime> snoozeUntil(QWidget* parent, const QString& subject, const QDateTime& now);
    // An escalation policy's name: typed, picked from `history` (most recent first) or from what `policies` knows.
    static std::optional<QString> escalation(QWidget* parent, const QString& subject, const QString& suggestion,
        const QStringList& history, const PolicySource& policies);
    // A user name; `user`, the signed-in person, is the default: "take it".
    static std::optional<QString> assignee(QWidget* parent, const QString& subject, const QString& user);
    static std::optional<QStringList> tags(QWidget* parent, const QString& subject); // comma-separated
    static bool confirmClose(QWidget* parent, int count);
};

} // namespace wk::ui
