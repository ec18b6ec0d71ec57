#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace wk::store {

// Reads the columns of one result row and keeps the first problem instead of failing at each column, so a
// store can say exactly what in a row it could not read. Times are ISO 8601 with milliseconds, as the stores
// write them; NULL reads as an invalid time.
class RowReader
{
public:
    explicit RowReader(const QSqlQuery& query)
        : m_query(query)
    { }

    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 number(int column) const { return m_query.value(column).toLongLong(); }

    QDateTime time(int column)
    {
        const QString value = text(column);
        if (value.isNull())
            return {};
        QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!time.isValid())
            fail(QStringLiteral("a time that cannot be read: \"%1\"").arg(value));
        return time;
    }

    QJsonObject object(int column)
    {
        const QString value = text(column);
        const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
        if (!document.isObject())
            fail(QStringLiteral("a payload that is not a JSON object: \"%1\"").arg(value.left(200)));
        return document.object();
    }

    QStringList strings(int column)
    {
        const QString value = text(column);
        const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
        QStringList out;
        if (!document.isArray())
            fail(QStringLiteral("a list that is not a JSON array: \"%1\"").arg(value));
        for (const QJsonValue& item : document.array()) {
            if (!item.isString())
                fail(QStringLiteral("an item that is not a string in \"%1\"").arg(value));
            out.append(item.toString());
        }
        return out;
    }

    void fail(const QString& problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    const QString& problem() const { return m_problem; }

private:
    const QSqlQuery& m_query;
    QString m_problem;
};

} // namespace wk::store
