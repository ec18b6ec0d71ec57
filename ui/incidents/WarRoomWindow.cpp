#include "WarRoomWindow.h"

#include "IncidentDesk.h"
#include "IncidentText.h"
#include "TimelineModel.h"
#include "alerts/AlertBackend.h"
#include "runbooks/RunbookPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPalette>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

constexpr int headlinePoints = 30;
constexpr int bodyPoints = 17;

QLabel* bigLabel(int points, QWidget* parent, bool bold = false)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSize(points);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

} // namespace

WarRoomWindow::WarRoomWindow(
    IncidentDesk& desk, qint64 incidentId, QWidget* charts, RunbookPanel* runbook, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_desk(desk)
    , m_incidentId(incidentId)
    , m_timeline(new TimelineModel(this))
    , m_runbook(runbook)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("War room: incident #%1").arg(incidentId));
    // High contrast whatever the theme: white on black, the badges dark on bright.
    QPalette black = palette();
    black.setColor(QPalette::Window, Qt::black);
    black.setColor(QPalette::WindowText, Qt::white);
    setPalette(black);
    setAutoFillBackground(true);
    setStyleSheet(
        u"QTableView { background: #000000; alternate-background-color: #141414; color: #ffffff; "
        "gridline-color: #333333; font-size: %1pt; } "
        "QHeaderView::section { background: #1e1e1e; color: #ffffff; padding: 4px; font-size: %2pt; }"_s.arg(bodyPoints)
            .arg(bodyPoints - 4));

    m_severity = bigLabel(headlinePoints, this, true);
    m_title = bigLabel(headlinePoints, this, true);
    m_title->setWordWrap(true);
    m_status = bigLabel(headlinePoints - 6, this, true);
    m_age = bigLabel(headlinePoints - 6, this, true);
    m_people = bigLabel(bodyPoints, this);
    m_people->setWordWrap(true);
    m_people->setTextFormat(Qt::RichText);

    m_timeline->setTimeFormat(u"HH:mm"_s);
    m_timelineView = new QTableView(this);
    QFont tableFont = m_timelineView->font();
    tableFont.setPointSize(bodyPoints);
    m_timelineView->setFont(tableFont);
    m_timelineView->setModel(m_timeline);
    m_timelineView->setWordWrap(true);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->setSelectionMode(QAbstractItemView::NoSelection);
    m_timelineView->setFocusPolicy(Qt::NoFocus);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::What, QHeaderView::Stretch);
    // Fixed from the type size: the room reads the times and names, and they must never be cut.
    const QFontMetrics metrics(tableFont);
    m_timelineView->setColumnWidth(TimelineModel::Time, metrics.horizontalAdvance(u"88:88"_s) + 24);
    m_timelineView->setColumnWidth(TimelineModel::Actor, metrics.horizontalAdvance(u"Opsgenie policy"_s) + 16);
    m_timelineView->setColumnHidden(TimelineModel::Kind, true);

    auto* header = new QHBoxLayout;
    header->addWidget(m_severity, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);
    header->addWidget(m_status, 0, Qt::AlignTop);
    header->addWidget(m_age, 0, Qt::AlignTop);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    left->setObjectName(u"warRoomBody"_s);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_people);
    leftLayout->addWidget(m_timelineView, 1);
    split->addWidget(left);
    if (charts || runbook) {
        auto* right = new QSplitter(Qt::Vertical, split);
        if (charts)
            right->addWidget(charts);
        if (runbook)
            right->addWidget(runbook);
        right->setStretchFactor(0, 3);
        right->setStretchFactor(1, 2);
        split->addWidget(right);
        split->setStretchFactor(0, 1);
        split->setStretchFactor(1, 1);
    }
    auto* hint = bigLabel(11, this);
    hint->setText(tr("Esc leaves the war room"));
    hint->setStyleSheet(u"color: #bbbbbb;"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    layout->addWidget(hint, 0, Qt::AlignRight);

    connect(&m_desk, &IncidentDesk::incidentsChanged, this, &WarRoomWindow::updateHeader);
    connect(&m_desk, &IncidentDesk::alertsSeen, this, &WarRoomWindow::updatePeople);
    connect(&m_desk, &IncidentDesk::timelineChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            fetchEvents();
    });
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &WarRoomWindow::updateHeader);
    m_tick->start();
    m_timeline->setEvents(incidentId, {});
    updateHeader();
    fetchEvents();
    fetchOnCall();
}

QString WarRoomWindow::headline() const
{
    return QStringList{m_severity->text(), m_title->text(), m_status->text(), m_age->text()}.join(u" · "_s);
}

QString WarRoomWindow::peopleText() const
{
    QString text = m_people->text();
    text.replace(u"<br>"_s, u"\n"_s);
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    return text;
}

void WarRoomWindow::updateHeader()
{
    const incidents::Incident* incident = m_desk.incident(m_incidentId);
    if (!incident)
        return;
    m_severity->setText(severityText(incident->severity));
    m_severity->setStyleSheet(badgeStyleSheet(severityColor(incident->severity), headlinePoints));
    m_title->setText(incident->title);
    m_status->setText(incidentStatusText(incident->status).toUpper());
    m_status->setStyleSheet(badgeStyleSheet(incidentStatusColor(incident->status), headlinePoints - 6));
    const bool resolved = incident->status == incidents::IncidentStatus::Resolved;
    m_age->setText(resolved ? tr("lasted %1").arg(ageText(incident->createdAt, incident->updatedAt))
                            : ageText(incident->createdAt, m_desk.clock().now()));
    updatePeople();
}

void WarRoomWindow::updatePeople()
{
    const incidents::Incident* incident = m_desk.incident(m_incidentId);
    if (!incident)
        return;
    QStringList lines;
    lines.append(incident->commander().isEmpty()
            ? tr("Commander: <b>NOBODY</b> — someone take command")
            : tr("Commander: <b>%1</b>").arg(incident->commander().toHtmlEscaped()));
    if (!m_onCall.isEmpty())
        lines.append(tr("On call: %1").arg(m_onCall.join(u";  "_s).toHtmlEscaped()));
    for (const incidents::LinkedAlert& linked : incident->alerts) {
        const QString name = linked.tinyId.isEmpty() ? linked.alertId : u'#' + linked.tinyId;
        const auto seen = m_desk.seenAlert(linked.alertId);
        if (!seen)
            continue;
        if (seen->status == alerts::AlertStatus::Closed)
            lines.append(tr("✓ Alert %1 closed").arg(name));
        else if (!seen->acknowledgedBy.isEmpty())
            lines.append(tr("✓ Alert %1 acknowledged by <b>%2</b>").arg(name, seen->acknowledgedBy.toHtmlEscaped()));
        else
            lines.append(tr("✗ Alert %1 <b>NOT ACKNOWLEDGED</b>").arg(name));
    }
    m_people->setText(lines.join(u"<br>"_s));
}

void WarRoomWindow::fetchOnCall()
{
    const incidents::Incident* incident = m_desk.incident(m_incidentId);
    if (!incident)
        return;
    QStringList teams;
    for (const incidents::LinkedAlert& linked : incident->alerts) {
        if (const auto seen = m_desk.seenAlert(linked.alertId)) {
            for (const QString& team : seen->team.split(u',', Qt::SkipEmptyParts)) {
                if (!teams.contains(team.trimmed()))
                    teams.append(team.trimmed());
            }
        }
    }
    for (const QString& team : std::as_const(teams)) {
        m_desk.alertBackend().onCall(team, this, [this](Result<alerts::OnCall> onCall) {
            if (!onCall)
                return;
            QStringList people;
            for (const alerts::OnCallPerson& person : onCall->people)
                people.append(person.role.isEmpty() ? person.name : u"%1 (%2)"_s.arg(person.name, person.role));
            m_onCall.append(u"%1: %2"_s.arg(onCall->team, people.join(u", "_s)));
            updatePeople();
        });
    }
}

void WarRoomWindow::fetchEvents()
{
    if (m_fetching) {
        m_fetchAgain = true;
        return;
    }
    m_fetching = true;
    m_desk.service().timeline(
        m_incidentId, m_timeline->lastSeq(), this, [this](Result<QList<incidents::TimelineEvent>> events) {
            m_fetching = false;
            if (events && !events->isEmpty()) {
                m_timeline->appendEvents(*events);
                m_timelineView->scrollToBottom();
                if (m_runbook)
                    m_runbook->setTimeline(*events);
            }
            if (std::exchange(m_fetchAgain, false))
                fetchEvents();
        });
}

void WarRoomWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace wk::ui
