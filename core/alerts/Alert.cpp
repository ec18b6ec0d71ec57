#include "alerts/Alert.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace wk::alerts {

QString priorityName(Priority p)
{
    return u"P"_s + QString::number(static_cast<int>(p));
}

std::optional<Priority> priorityFromName(const QString& name)
{
    const QString n = name.trimmed().toUpper();
    if (n.size() == 2 && n.front() == u'P' && n.back() >= u'1' && n.back() <= u'5')
        return static_cast<Priority>(n.back().unicode() - u'0');
    return std::nullopt;
}

QString statusName(AlertStatus s)
{
    switch (s) {
    case AlertStatus::Open:
        return u"open"_s;
    case AlertStatus::Acknowledged:
        return u"acknowledged"_s;
    case AlertStatus::Snoozed:
        return u"snoozed"_s;
    case AlertStatus::Closed:
        return u"closed"_s;
    }
    return {};
}

QString noteKey(const QString& alertId, const AlertNote& note)
{
    const QByteArray digest = QCryptographicHash::hash(note.text.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("note:") + alertId + u':' + QString::number(note.at.toMSecsSinceEpoch()) + u':' + note.author
        + u':' + QString::fromLatin1(digest);
}

} // namespace wk::alerts
