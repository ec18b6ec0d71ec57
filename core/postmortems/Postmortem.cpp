#include "postmortems/Postmortem.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wk::postmortems {

namespace {

constexpr int bodyFormat = 1;

QJsonValue optionalNumber(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// Reads fields of one JSON object and keeps the first problem, so the error names the field that was wrong.
class FieldReader
{
public:
    FieldReader(const QJsonObject& object, QString where)
        : m_object(object)
        , m_where(std::move(where))
    { }

    QString text(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString())
            fail(key, u"text"_s);
        return value.toString();
    }

    std::optional<qint64> integer(const QString& key)
    {
        const auto value = number(key);
        return value ? std::optional<qint64>(qint64(std::llround(*value))) : std::nullopt;
    }

    std::optional<double> number(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble()) {
            fail(key, u"a number"_s);
            return std::nullopt;
        }
        return value.toDouble();
    }

    QJsonArray array(const QString& key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isArray())
            fail(key, u"a list"_s);
        return value.toArray();
    }

    QDateTime time(const QString& key)
    {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!time.isValid())
            fail(key, u"a time"_s);
        return time.toUTC();
    }

    QDate date(const QString& key)
    {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            fail(key, u"a date"_s);
        return date;
    }

    void fail(const QString& key, const QString& expected)
    {
        if (m_problem.isEmpty())
            m_problem = u"%1%2 is not %3"_s.arg(m_where, key, expected);
    }

    QString problem() const { return m_problem; }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_problem;
};

} // namespace

QJsonObject toJson(const Postmortem& postmortem)
{
    QJsonArray timeline;
    for (const TimelineEntry& entry : postmortem.timeline) {
        timeline.append(QJsonObject{{u"seq"_s, entry.seq}, {u"at"_s, entry.at.toUTC().toString(Qt::ISODateWithMs)},
            {u"actor"_s, entry.actor}, {u"text"_s, entry.text}});
    }
    QJsonArray actions;
    for (const ActionItem& item : postmortem.actionItems) {
        actions.append(QJsonObject{{u"what"_s, item.what}, {u"owner"_s, item.owner},
            {u"due"_s, item.due.isValid() ? QJsonValue(item.due.toString(Qt::ISODate)) : QJsonValue()}});
    }
    const Impact& impact = postmortem.impact;
    return QJsonObject{
        {u"format"_s, bodyFormat},
        {u"title"_s, postmortem.title},
        {u"severity"_s, postmortem.severity},
        {u"commander"_s, postmortem.commander},
        {u"summary"_s, postmortem.summary},
        {u"impact"_s,
            QJsonObject{{u"users"_s, impact.users}, {u"duration_seconds"_s, optionalNumber(impact.durationSeconds)},
                {u"slo_budget"_s, impact.sloBudget},
                {u"slo_budget_burned"_s, impact.sloBudgetBurned ? QJsonValue(*impact.sloBudgetBurned) : QJsonValue()}}},
        {u"timeline"_s, timeline},
        {u"root_cause"_s, postmortem.rootCause},
        {u"resolution"_s, postmortem.resolution},
        {u"action_items"_s, actions},
        {u"lessons"_s, postmortem.lessons},
        {u"mtta_seconds"_s, optionalNumber(postmortem.mttaSeconds)},
        {u"mttr_seconds"_s, optionalNumber(postmortem.mttrSeconds)},
    };
}

Result<Postmortem> postmortemFromJson(const QJsonObject& body)
{
    FieldReader read(body, QString());
    const auto format = read.integer(u"format"_s);
    if (format && *format > bodyFormat)
        return makeError(ErrorCode::Unsupported,
            u"a postmortem in format %1; this build reads format %2"_s.arg(*format).arg(bodyFormat));
    Postmortem postmortem;
    postmortem.title = read.text(u"title"_s);
    postmortem.severity = read.text(u"severity"_s);
    postmortem.commander = read.text(u"commander"_s);
    postmortem.summary = read.text(u"summary"_s);
    postmortem.rootCause = read.text(u"root_cause"_s);
    postmortem.resolution = read.text(u"resolution"_s);
    postmortem.lessons = read.text(u"lessons"_s);
    postmortem.mttaSeconds = read.integer(u"mtta_seconds"_s);
    postmortem.mttrSeconds = read.integer(u"mttr_seconds"_s);
    if (!body.value(u"impact"_s).isUndefined() && !body.value(u"impact"_s).isObject())
        read.fail(u"impact"_s, u"an object"_s);
    FieldReader impact(body.value(u"impact"_s).toObject(), u"impact."_s);
    postmortem.impact.users = impact.text(u"users"_s);
    postmortem.impact.durationSeconds = impact.integer(u"duration_seconds"_s);
    postmortem.impact.sloBudget = impact.text(u"slo_budget"_s);
    postmortem.impact.sloBudgetBurned = impact.number(u"slo_budget_burned"_s);

    QStringList problems = {read.problem(), impact.problem()};
    const QJsonArray timeline = read.array(u"timeline"_s);
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        FieldReader entry(timeline.at(i).toObject(), u"timeline[%1]."_s.arg(i));
        if (!timeline.at(i).isObject())
            entry.fail(QString(), u"an object"_s);
        postmortem.timeline.append(TimelineEntry{
            entry.integer(u"seq"_s).value_or(0), entry.time(u"at"_s), entry.text(u"actor"_s), entry.text(u"text"_s)});
        problems.append(entry.problem());
    }
    const QJsonArray actions = read.array(u"action_items"_s);
    for (qsizetype i = 0; i < actions.size(); ++i) {
        FieldReader item(actions.at(i).toObject(), u"action_items[%1]."_s.arg(i));
        if (!actions.at(i).isObject())
            item.fail(QString(), u"an object"_s);
        postmortem.actionItems.append(ActionItem{item.text(u"what"_s), item.text(u"owner"_s), item.date(u"due"_s)});
        problems.append(item.problem());
    }
    problems.append(read.problem());
    problems.removeAll(QString());
    if (!problems.isEmpty())
        return makeError(ErrorCode::Parse, u"a postmortem whose "_s + problems.first());
    return postmortem;
}

} // namespace wk::postmortems
