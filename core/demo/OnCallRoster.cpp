#include "demo/OnCallRoster.h"

using namespace Qt::StringLiterals;

namespace wk::demo {

namespace {

struct TeamRoster
{
    QString team;
    QString rotation;
    bool daily = false;
    QStringList engineers;
    QString manager;
    QList<int> ackMinutes; // primary, secondary, manager
};

const QList<TeamRoster>& rosters()
{
    static const QList<TeamRoster> all{
        {u"ML Infra"_s, u"Weekly (Mon 09:00)"_s, false,
            {u"Somchai Prasert"_s, u"Anan Kittisak"_s, u"Narin Wongsa"_s, u"Elena Petrova"_s},
            u"Priya Rao (ML Engineering Manager)"_s, {5, 10, 15}},
        {u"ML Platform"_s, u"Weekly (Mon 09:00)"_s, false, {u"Kanya Srisuk"_s, u"Tom Becker"_s, u"Lek Chaiyaporn"_s},
            u"Maria Lopez (Platform Lead)"_s, {5, 10, 15}},
        {u"Data Science"_s, u"Daily"_s, true, {u"Ploy Rattanakorn"_s, u"Daniel Okafor"_s, u"Mai Nguyen"_s},
            u"Wichai Boonmee (DS Manager)"_s, {10, 15, 20}},
    };
    return all;
}

} // namespace

alerts::OnCall OnCallRoster::onCall(const QString& team, const QDateTime& at) const
{
    for (const TeamRoster& r : rosters()) {
        if (r.team != team)
            continue;
        // Weekly shifts hand over on Monday 09:00 UTC; daily ones at 09:00 UTC.
        const QDateTime shifted = at.toUTC().addSecs(-9 * 3600);
        const qint64 day = shifted.date().toJulianDay();
        const qint64 shift = r.daily ? day : (day - shifted.date().dayOfWeek() + 1) / 7;
        const int n = int(r.engineers.size());
        alerts::OnCall out;
        out.team = r.team;
        out.rotation = r.rotation;
        out.people = {
            {r.engineers[int(shift % n)], u"primary"_s, 0, r.ackMinutes[0]},
            {r.engineers[int((shift + 1) % n)], u"secondary"_s, 1, r.ackMinutes[1]},
            {r.manager, u"escalation"_s, 2, r.ackMinutes[2]},
        };
        return out;
    }
    return {team, {}, {}};
}

QStringList OnCallRoster::teams() const
{
    QStringList out;
    for (const auto& r : rosters())
        out.append(r.team);
    return out;
}

} // namespace wk::demo
