#include "oncall/OnCallStatus.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {
constexpr int refreshMs = 5 * 60 * 1000;
constexpr int maxTeams = 4;

// "alice@example.com, bob@example.com, chen@example.com" -> "alice, bob +1": the status bar is shared.
QString shortList(const QStringList& names)
{
    QStringList shown;
    for (const QString& name : names.mid(0, 2))
        shown.append(name.section(u'@', 0, 0));
    QString text = shown.join(u", "_s);
    if (names.size() > 2)
        text += u" +"_s + QString::number(names.size() - 2);
    return text;
}

bool isNow(const alerts::OnCallPerson& person)
{
    // Vendors say "now"/"next"; the demo's rosters say primary (level 0), secondary, escalation.
    return person.role == u"now"_s || (person.role != u"next"_s && person.level == 0);
}
} // namespace

OnCallStatus::OnCallStatus(alerts::AlertBackend& backend, QString user, QWidget* parent)
    : QLabel(parent)
    , m_backend(backend)
    , m_user(std::move(user))
{
    setObjectName(u"onCallStatus"_s);
    setTextFormat(Qt::PlainText);
    m_timer.setInterval(refreshMs);
    connect(&m_timer, &QTimer::timeout, this, &OnCallStatus::refresh);
    m_timer.start();
    hide();
}

void OnCallStatus::setTeams(const QStringList& teams)
{
    QStringList wanted = teams.mid(0, maxTeams);
    if (wanted == m_teams)
        return;
    m_teams = wanted;
    refresh();
}

void OnCallStatus::refresh()
{
    if (m_teams.isEmpty())
        return;
    const int round = ++m_round;
    struct Gather
    {
        QList<alerts::OnCall> answers;
        QStringList problems;
        int waiting = 0;
    };
    auto gather = std::make_shared<Gather>();
    gather->waiting = int(m_teams.size());
    for (const QString& team : std::as_const(m_teams)) {
        m_backend.onCall(team, this, [this, round, gather, team](Result<alerts::OnCall> onCall) {
            if (onCall)
                gather->answers.append(*onCall);
            else if (onCall.error().code != ErrorCode::Unsupported)
                gather->problems.append(team + u": "_s + onCall.error().detail);
            if (--gather->waiting == 0 && round == m_round)
                show(gather->answers, gather->problems);
        });
    }
}

void OnCallStatus::show(const QList<alerts::OnCall>& answers, const QStringList& problems)
{
    QStringList now;
    QStringList next;
    QStringList tooltip;
    bool mine = false;
    for (const alerts::OnCall& onCall : answers) {
        QStringList teamNow;
        QStringList teamNext;
        for (const alerts::OnCallPerson& person : onCall.people) {
            if (isNow(person)) {
                teamNow.append(person.name);
                mine = mine || person.name.compare(m_user, Qt::CaseInsensitive) == 0;
            } else if (person.role == u"next"_s) {
                teamNext.append(person.name);
            }
        }
        now.append(teamNow);
        next.append(teamNext);
        tooltip.append(tr("%1 (%2): now %3; next %4")
                           .arg(onCall.team, onCall.rotation, teamNow.isEmpty() ? tr("nobody") : teamNow.join(u", "_s),
                               teamNext.isEmpty() ? tr("unknown") : teamNext.join(u", "_s)));
    }
    tooltip.append(problems);
    now.removeDuplicates();
    next.removeDuplicates();
    if (answers.isEmpty()) {
        setVisible(!problems.isEmpty());
        setText(tr("On call: unknown"));
    } else {
        QString text = mine ? tr("You are on call") : tr("On call: %1").arg(shortList(now));
        if (!next.isEmpty())
            text += tr(" · next: %1").arg(shortList(next));
        setText(text);
        setVisible(true);
    }
    setToolTip(tooltip.join(u'\n'));
    if (!answers.isEmpty() && mine != m_userOnCall) {
        m_userOnCall = mine;
        Q_EMIT userOnCallChanged(mine);
    }
}

} // namespace wk::ui
