#include "IncidentView.h"

#include "IncidentDesk.h"
#include "IncidentText.h"
#include "TimelineModel.h"
#include "common/Theme.h"
#include "common/TimeText.h"
#include "common/UiText.h"
#include "incidents/ResponseTimes.h"
#include "runbooks/RunbookPanel.h"

#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

using incidents::IncidentStatus;

IncidentView::IncidentView(IncidentDesk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_timeline(new TimelineModel(this))
{
    m_empty = new QLabel(tr("No incident selected.\n\nOpen one from the alert list (select alerts, press I) or "
                            "with \"New incident\"."),
        this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(u"color: %1;"_s.arg(theme::mutedText.name()));

    m_body = new QWidget(this);
    m_title = new QLabel(m_body);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_severityBadge = new QLabel(m_body);
    m_statusBadge = new QLabel(m_body);
    m_facts = new QLabel(m_body);
    m_facts->setWordWrap(true);
    m_alerts = new QLabel(m_body);
    m_alerts->setWordWrap(true);
    m_alerts->setStyleSheet(u"color: %1;"_s.arg(theme::mutedText.name()));

    m_status = new QComboBox(m_body);
    for (int s = int(IncidentStatus::Open); s <= int(IncidentStatus::Resolved); ++s)
        m_status->addItem(incidentStatusText(IncidentStatus(s)), s);
    m_setStatus = new QPushButton(tr("Set status"), m_body);
    m_severity = new QComboBox(m_body);
    for (int sev = int(incidents::Severity::Sev1); sev <= int(incidents::Severity::Sev4); ++sev) {
        m_severity->addItem(severityText(incidents::Severity(sev)), sev);
        m_severity->setItemData(m_severity->count() - 1, severityMeaning(incidents::Severity(sev)), Qt::ToolTipRole);
    }
    m_setSeverity = new QPushButton(tr("Set severity"), m_body);
    m_command = new QPushButton(tr("Take command"), m_body);
    m_role = new QPushButton(tr("Roles…"), m_body);
    m_warRoom = new QPushButton(tr("War room"), m_body);
    m_warRoom->setToolTip(tr("Full screen for a big screen (F11); Esc leaves it"));
    m_postmortem = new QPushButton(tr("Postmortem…"), m_body);
    connect(m_setStatus, &QPushButton::clicked, this, &IncidentView::applyStatus);
    connect(m_setSeverity, &QPushButton::clicked, this, &IncidentView::applySeverity);
    connect(m_command, &QPushButton::clicked, this, &IncidentView::takeCommand);
    connect(m_role, &QPushButton::clicked, this, &IncidentView::assignRole);
    connect(m_warRoom, &QPushButton::clicked, this, [this]() { Q_EMIT warRoomRequested(m_incidentId); });

    connect(m_postmortem, &QPushButton::clicked, this, [this]() { Q_EMIT postmortemRequested(m_incidentId); });

    m_timelineView = new QTableView(m_body);
    m_timelineView->setModel(m_timeline);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setWordWrap(true);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::What, QHeaderView::Stretch);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::Time, QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::Kind, QHeaderView::ResizeToContents);
    m_timelineView->setColumnWidth(TimelineModel::Actor, 110);
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timelineView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_timelineView, &QWidget::customContextMenuRequested, this, &IncidentView::showTimelineMenu);
    connect(m_timelineView, &QAbstractItemView::doubleClicked, this, &IncidentView::openSnapshot);

    m_note = new QPlainTextEdit(m_body);
    m_note->setPlaceholderText(tr("Add a note for the timeline: what you see, what you tried (Ctrl+Enter adds it)"));
    m_note->setMaximumHeight(72);
    m_addNote = new QPushButton(tr("Add note"), m_body);
    m_addNote->setEnabled(false);
    connect(m_note, &QPlainTextEdit::textChanged, this,
        [this]() { m_addNote->setEnabled(!m_note->toPlainText().trimmed().isEmpty()); });
    connect(m_addNote, &QPushButton::clicked, this, &IncidentView::addNote);
    m_note->installEventFilter(this);
    m_problem = new QLabel(m_body);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: %1;"_s.arg(theme::critical.name()));
    m_problem->hide();

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_severityBadge, 0, Qt::AlignTop);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_statusBadge, 0, Qt::AlignTop);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_status);
    controls->addWidget(m_setStatus);
    controls->addSpacing(12);
    controls->addWidget(m_severity);
    controls->addWidget(m_setSeverity);
    controls->addSpacing(12);
    controls->addWidget(m_command);
    controls->addWidget(m_role);
    controls->addStretch(1);
    controls->addWidget(m_warRoom);
    controls->addWidget(m_postmortem);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignBottom);

    auto* main = new QWidget(m_body);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addLayout(titleRow);
    mainLayout->addWidget(m_facts);
    mainLayout->addWidget(m_alerts);
    mainLayout->addLayout(controls);
    mainLayout->addWidget(m_timelineView, 1);
    mainLayout->addWidget(m_problem);
    mainLayout->addLayout(noteRow);

    m_runbook = new RunbookPanel(m_body);
    connect(m_runbook, &RunbookPanel::eventAppended, this,
        [this](const incidents::TimelineEvent& event) { m_desk.noteWritten(event.incidentId); });
    auto* split = new QSplitter(Qt::Horizontal, m_body);
    split->addWidget(main);
    split->addWidget(m_runbook);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(split);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_body);
    m_body->hide();

    for (auto signal : {&IncidentDesk::incidentsChanged, &IncidentDesk::alertsSeen}) {
        connect(&m_desk, signal, this, [this]() {
            updateHeader();
            showRunbook();
        });
    }
    connect(&m_desk, &IncidentDesk::timelineChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            fetchNewEvents();
    });
    connect(&m_desk, &IncidentDesk::writeFailed, this, [this](const QString& message) {
        m_problem->setText(message);
        m_problem->show();
    });
}

void IncidentView::showIncident(qint64 incidentId)
{
    if (incidentId == m_incidentId)
        return;
    m_incidentId = incidentId;
    m_problem->hide();
    m_empty->setVisible(incidentId == 0);
    m_body->setVisible(incidentId != 0);
    m_timeline->setEvents(incidentId, {});
    m_runbookId = u"-"_s; // whatever it was, set it again for this incident
    updateHeader();
    showRunbook();
    if (incidentId != 0)
        reloadTimeline();
}

bool IncidentView::eventFilter(QObject* watched, QEvent* event)
{
    // Ctrl+Enter in the note box adds the note; the box would otherwise take it as a new line.
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            addNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IncidentView::keyPressEvent(QKeyEvent* event)
{
    // F11 anywhere in the view (the note box passes it on) opens the war room.
    if (event->key() == Qt::Key_F11 && m_incidentId != 0) {
        Q_EMIT warRoomRequested(m_incidentId);
        return;
    }
    QWidget::keyPressEvent(event);
}

QString IncidentView::problemText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void IncidentView::updateHeader()
{
    const incidents::Incident* incident = m_desk.incident(m_incidentId);
    if (!incident)
        return;
    m_title->setText(u'#' + QString::number(incident->id) + u"  "_s + incident->title);
    m_severityBadge->setText(severityText(incident->severity));
    m_severityBadge->setToolTip(severityMeaning(incident->severity));
    m_severityBadge->setStyleSheet(badgeStyleSheet(severityColor(incident->severity)));
    m_statusBadge->setText(incidentStatusText(incident->status));
    m_statusBadge->setStyleSheet(badgeStyleSheet(incidentStatusColor(incident->status)));
    const bool resolved = incident->status == IncidentStatus::Resolved;
    const QDateTime now = m_desk.clock().now();
    QStringList facts;
    facts.append(resolved ? tr("Lasted %1").arg(ageText(incident->createdAt, incident->updatedAt))
                          : tr("Open for %1").arg(ageText(incident->createdAt, now)));
    facts.append(incident->commander().isEmpty()
            ? tr("<b>No commander</b>")
            : tr("Commander: <b>%1</b>").arg(incident->commander().toHtmlEscaped()));
    for (auto it = incident->roles.cbegin(); it != incident->roles.cend(); ++it) {
        if (it.key() != incidents::commanderRole)
            facts.append(u"%1: %2"_s.arg(it.key().toHtmlEscaped(), it.value().toHtmlEscaped()));
    }
    if (!incident->services.isEmpty())
        facts.append(tr("Services: %1").arg(incident->services.join(u", "_s).toHtmlEscaped()));
    // MTTA and MTTR from the transitions themselves, as the reports count them.
    QList<incidents::TimelineEvent> bySeq = m_timeline->events();
    std::sort(bySeq.begin(), bySeq.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
    const incidents::ResponseTimes times = incidents::responseTimesOf(bySeq);
    if (times.mttaSeconds)
        facts.append(tr("acknowledged after %1").arg(durationText(*times.mttaSeconds)));
    if (times.mttrSeconds)
        facts.append(tr("resolved after %1").arg(durationText(*times.mttrSeconds)));
    m_facts->setText(facts.join(u"  ·  "_s));

    QStringList alerts;
    for (const incidents::LinkedAlert& linked : incident->alerts) {
        QString line = linked.tinyId.isEmpty() ? linked.alertId : u'#' + linked.tinyId;
        if (const auto seen = m_desk.seenAlert(linked.alertId)) {
            line += u' ' + seen->message;
            if (!seen->acknowledgedBy.isEmpty())
                line += u" — "_s + tr("acknowledged by %1").arg(seen->acknowledgedBy);
            else if (seen->status == alerts::AlertStatus::Open)
                line += u" — "_s + tr("not acknowledged");
        }
        alerts.append(line);
    }
    m_alerts->setText(alerts.isEmpty() ? tr("No alerts linked.") : tr("Alerts: %1").arg(alerts.join(u";  "_s)));
    m_status->setCurrentIndex(m_status->findData(int(incident->status)));
    m_severity->setCurrentIndex(m_severity->findData(int(incident->severity)));
    m_command->setEnabled(incident->commander() != m_desk.user());
    m_postmortem->setEnabled(resolved);
    m_postmortem->setToolTip(resolved ? tr("Write the postmortem of this incident")
                                      : tr("A postmortem is written once the incident is resolved"));
}

void IncidentView::reloadTimeline()
{
    const qint64 id = m_incidentId;
    m_desk.service().timeline(id, 0, this, [this, id](Result<QList<incidents::TimelineEvent>> events) {
        if (id != m_incidentId)
            return;
        if (!events) {
            m_problem->setText(tr("The timeline could not be read: %1").arg(errorText(events.error())));
            m_problem->show();
            return;
        }
        m_timeline->setEvents(id, *events);
        timelineArrived(*events);
    });
}

void IncidentView::fetchNewEvents()
{
    // One question at a time; a change while it is out asks again when it is back.
    if (m_fetching) {
        m_fetchAgain = true;
        return;
    }
    m_fetching = true;
    const qint64 id = m_incidentId;
    m_desk.service().timeline(
        id, m_timeline->lastSeq(), this, [this, id](Result<QList<incidents::TimelineEvent>> events) {
            m_fetching = false;
            if (id == m_incidentId && events && !events->isEmpty()) {
                m_timeline->appendEvents(*events);
                timelineArrived(*events);
            }
            if (std::exchange(m_fetchAgain, false))
                fetchNewEvents();
        });
}

void IncidentView::timelineArrived(const QList<incidents::TimelineEvent>& events)
{
    m_runbook->setTimeline(events);
    updateHeader();
    m_timelineView->scrollToBottom();
    Q_EMIT timelineLoaded(m_incidentId);
}

void IncidentView::showRunbook()
{
    const incidents::Incident* incident = m_desk.incident(m_incidentId);
    const runbooks::Runbook* runbook = incident ? m_desk.runbookFor(*incident) : nullptr;
    const QString id = runbook ? runbook->id : QString();
    if (id == m_runbookId)
        return;
    m_runbookId = id;
    m_runbook->setRunbook(runbook ? std::optional<runbooks::Runbook>(*runbook) : std::nullopt);
    m_runbook->setIncident(incident ? &m_desk.service() : nullptr, m_incidentId, m_desk.user());
    if (runbook && !runbook->sourceFile.startsWith(u':'))
        m_runbook->setScriptDirectory(QFileInfo(runbook->sourceFile).absolutePath());
    if (incident && !incident->alerts.isEmpty()) {
        const auto seen = m_desk.seenAlert(incident->alerts.constFirst().alertId);
        m_runbook->setAlert(incident->alerts.constFirst().alertId, seen ? seen->service : QString());
    }
    m_runbook->setTimeline(m_timeline->events());
}

void IncidentView::addNote()
{
    const QString text = m_note->toPlainText().trimmed();
    if (text.isEmpty() || m_incidentId == 0)
        return;
    // The words stay in the box until the store has them: a failed write loses nothing.
    m_addNote->setEnabled(false);
    m_desk.addNote(m_incidentId, text, [this, text](Result<incidents::TimelineEvent> written) {
        if (written && m_note->toPlainText().trimmed() == text)
            m_note->clear();
        m_addNote->setEnabled(!m_note->toPlainText().trimmed().isEmpty());
        if (written)
            m_problem->hide();
    });
}

void IncidentView::applyStatus()
{
    const auto status = IncidentStatus(m_status->currentData().toInt());
    const incidents::Incident* incident = m_desk.incident(m_incidentId);
    if (!incident || incident->status == status)
        return;
    // The note box's words go with the change, as its reason.
    const QString note = m_note->toPlainText().trimmed();
    m_desk.changeStatus(m_incidentId, status, note, [this, note](Result<incidents::Incident> changed) {
        if (changed && !note.isEmpty() && m_note->toPlainText().trimmed() == note)
            m_note->clear();
    });
}

void IncidentView::applySeverity()
{
    const auto severity = incidents::Severity(m_severity->currentData().toInt());
    const QString note = m_note->toPlainText().trimmed();
    m_desk.changeSeverity(m_incidentId, severity, note, [this, note](Result<incidents::Incident> changed) {
        if (changed && !note.isEmpty() && m_note->toPlainText().trimmed() == note)
            m_note->clear();
    });
}

void IncidentView::takeCommand()
{
    m_desk.assignRole(m_incidentId, incidents::commanderRole, m_desk.user(), {});
}

void IncidentView::assignRole()
{
    const incidents::Incident* incident = m_desk.incident(m_incidentId);
    if (!incident)
        return;
    bool ok = false;
    const QStringList roles{incidents::commanderRole, u"scribe"_s, u"communications"_s, u"operations"_s};
    const QString role
        = QInputDialog::getItem(this, tr("Assign a role"), tr("Role (pick one or type your own):"), roles, 0, true, &ok)
              .trimmed()
              .toLower();
    if (!ok || role.isEmpty())
        return;
    const QString person = QInputDialog::getText(this, tr("Assign a role"), tr("Who is %1? (empty: nobody)").arg(role),
        QLineEdit::Normal, incident->roles.value(role), &ok)
                               .trimmed();
    if (ok)
        m_desk.assignRole(m_incidentId, role, person, {});
}

void IncidentView::editSelectedNote()
{
    const QModelIndex current = m_timelineView->currentIndex();
    const incidents::TimelineEvent* event = m_timeline->eventAt(current.row());
    if (!event || (event->kind != incidents::EventKind::Note && event->kind != incidents::EventKind::NoteEdited))
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Edit note"),
        tr("The note keeps its words in the timeline; the edit is added after it, with your name."),
        m_timeline->currentNoteText(event->seq), &ok)
                             .trimmed();
    if (ok && !text.isEmpty() && text != m_timeline->currentNoteText(event->seq))
        m_desk.editNote(m_incidentId, event->seq, text, {});
}

void IncidentView::showTimelineMenu(const QPoint& pos)
{
    const QModelIndex index = m_timelineView->indexAt(pos);
    const incidents::TimelineEvent* event = m_timeline->eventAt(index.row());
    if (!event)
        return;
    QMenu menu(this);
    if (event->kind == incidents::EventKind::Note || event->kind == incidents::EventKind::NoteEdited)
        menu.addAction(tr("Edit note…"), this, &IncidentView::editSelectedNote);
    if (event->kind == incidents::EventKind::Snapshot)
        menu.addAction(tr("Open snapshot"), this, [this, index]() { openSnapshot(index); });
    if (!menu.isEmpty())
        menu.exec(m_timelineView->viewport()->mapToGlobal(pos));
}

void IncidentView::openSnapshot(const QModelIndex& index)
{
    const incidents::TimelineEvent* event = m_timeline->eventAt(index.row());
    if (!event || event->kind != incidents::EventKind::Snapshot)
        return;
    const QString attachment = event->payload.value(u"attachment"_s).toString();
    const QString title = event->payload.value(u"title"_s).toString();
    const QDateTime at = event->at;
    m_desk.service().run<std::optional<incidents::Attachment>>(
        this, [attachment](incidents::IncidentStore& store) { return store.attachment(attachment); },
        [this, title, at](Result<std::optional<incidents::Attachment>> found) {
            if (!found || !*found)
                return;
            QPixmap image;
            image.loadFromData((*found)->data);
            auto* dialog = new QDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("%1, pinned at %2").arg(title, at.toLocalTime().toString(u"HH:mm:ss"_s)));
            auto* label = new QLabel(dialog);
            label->setPixmap(image);
            auto* scroll = new QScrollArea(dialog);
            scroll->setWidget(label);
            auto* layout = new QVBoxLayout(dialog);
            layout->addWidget(scroll);
            dialog->resize(std::min(image.width() + 40, 1400), std::min(image.height() + 40, 900));
            dialog->show();
        });
}

} // namespace wk::ui
