#include "ActionFile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace wk::chaos {

namespace {

QString argumentOf(const alerts::AlertAction& action)
{
    switch (action.kind) {
    case alerts::ActionKind::Snooze:
        return action.snoozeUntil.toUTC().toString(Qt::ISODateWithMs);
    case alerts::ActionKind::Assign:
        return action.assignee;
    case alerts::ActionKind::Escalate:
        return action.escalation;
    case alerts::ActionKind::AddTags:
        return action.tags.join(u',');
    default:
        return {};
    }
}

} // namespace

QByteArray actionLine(const alerts::AlertAction& action)
{
    const QStringList fields{
        action.actionId, alerts::actionToken(action.kind), action.alertId, action.note, argumentOf(action)};
    for (const QString& field : fields)
        Q_ASSERT(!field.contains(u'\t') && !field.contains(u'\n'));
    return fields.join(u'\t').toUtf8() + '\n';
}

Result<QList<alerts::AlertAction>> readActionFile(const QString& path, const QString& user)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    QList<alerts::AlertAction> actions;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(u'\t');
        const auto kind = fields.size() == 5 ? alerts::actionFromToken(fields[1]) : std::nullopt;
        if (!kind)
            return makeError(ErrorCode::Parse, u"%1:%2: not id, kind, alert, note, argument"_s.arg(path).arg(number));
        alerts::AlertAction action;
        action.actionId = fields[0];
        action.kind = *kind;
        action.alertId = fields[2];
        action.note = fields[3];
        action.user = user;
        const QString& argument = fields[4];
        switch (action.kind) {
        case alerts::ActionKind::Snooze:
            action.snoozeUntil = QDateTime::fromString(argument, Qt::ISODateWithMs);
            break;
        case alerts::ActionKind::Assign:
            action.assignee = argument;
            break;
        case alerts::ActionKind::Escalate:
            action.escalation = argument;
            break;
        case alerts::ActionKind::AddTags:
            action.tags = argument.split(u',', Qt::SkipEmptyParts);
            break;
        default:
            break;
        }
        actions.append(action);
    }
    return actions;
}

} // namespace wk::chaos
