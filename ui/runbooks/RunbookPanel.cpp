#include "runbooks/RunbookPanel.h"

#include "common/Theme.h"
#include "common/UiText.h"
#include "incidents/IncidentService.h"
#include "runbooks/RunbookChecklistModel.h"
#include "runbooks/RunbookProgress.h"
#include "runbooks/RunbookStepDelegate.h"
#include "runbooks/RunbookText.h"
#include "runbooks/ScriptConfirmDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace wk::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QLabel* wrappedLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RunbookPanel::RunbookPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new RunbookChecklistModel(this))
    , m_scriptDirectory(QDir::homePath())
    , m_scriptTimeout(120s)
{
    m_pages = new QStackedWidget(this);

    m_empty = new QLabel(m_pages);
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setMargin(8);
    m_empty->setText(emptyStateHtml());
    m_pages->addWidget(m_empty);

    auto* content = new QWidget(m_pages);
    m_title = wrappedLabel(content, u"title"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_meta = wrappedLabel(content, u"meta"_s);
    m_meta->setStyleSheet(u"color: %1"_s.arg(theme::mutedText.name()));
    m_about = wrappedLabel(content, u"about"_s);
    m_about->setTextFormat(Qt::RichText);

    m_progressText = new QLabel(content);
    m_progressText->setObjectName(u"progressText"_s);
    m_progressBar = new QProgressBar(content);
    m_progressBar->setTextVisible(false);
    m_progressBar->setFixedHeight(6);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_progressBar, 1);

    m_status = wrappedLabel(content, u"status"_s);

    m_list = new QListView(content);
    m_list->setObjectName(u"checklist"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new RunbookStepDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* stepBox = new QWidget(content);
    m_step = new QTextBrowser(stepBox);
    m_step->setObjectName(u"stepDetails"_s);
    m_step->setFrameShape(QFrame::NoFrame);
    m_step->setOpenLinks(false);
    m_runButton = new QPushButton(tr("Run script…"), stepBox);
    m_runButton->setObjectName(u"runScriptButton"_s);
    auto* stepLayout = new QVBoxLayout(stepBox);
    stepLayout->setContentsMargins(0, 0, 0, 0);
    stepLayout->addWidget(m_step, 1);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_runButton);
    buttonRow->addStretch(1);
    stepLayout->addLayout(buttonRow);

    auto* splitter = new QSplitter(Qt::Vertical, content);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(stepBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 8, 8, 8);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_meta);
    contentLayout->addWidget(m_about);
    contentLayout->addLayout(progressRow);
    contentLayout->addWidget(m_status);
    contentLayout->addWidget(splitter, 1);
    m_pages->addWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_model, &RunbookChecklistModel::tickRequested, this, &RunbookPanel::writeTick);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showProgress();
        showStep();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunbookPanel::showRunbook);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &RunbookPanel::showStep);
    connect(m_runButton, &QPushButton::clicked, this, &RunbookPanel::confirmScript);

    showRunbook();
    showStatus();
}

RunbookPanel::~RunbookPanel() = default;

void RunbookPanel::setRunbook(std::optional<runbooks::Runbook> runbook)
{
    ++m_generation;
    m_problem.clear();
    m_model->setRunbook(runbook);
    // Another alert's runbook in the same incident: its ticks are in the events already seen.
    m_model->applyEvents(m_events);
    showStatus();
}

void RunbookPanel::setIncident(incidents::IncidentService* service, qint64 incidentId, const QString& actor)
{
    ++m_generation;
    m_service = service;
    m_incidentId = service ? incidentId : 0;
    m_actor = actor;
    m_events.clear();
    m_seenSeqs.clear();
    m_model->clearProgress();
    m_model->setCheckable(m_incidentId != 0);
    m_problem.clear();
    showStatus();
    showProgress();
    showStep();
}

void RunbookPanel::setTimeline(const QList<incidents::TimelineEvent>& events)
{
    QList<incidents::TimelineEvent> ours;
    for (const incidents::TimelineEvent& event : events) {
        if (m_incidentId != 0 && event.incidentId == m_incidentId && !m_seenSeqs.contains(event.seq))
            ours.append(event);
    }
    keep(ours);
    m_model->applyEvents(ours);
}

void RunbookPanel::keep(const QList<incidents::TimelineEvent>& events)
{
    for (const incidents::TimelineEvent& event : events) {
        if (event.kind != incidents::EventKind::RunbookStepDone && event.kind != incidents::EventKind::ScriptRun)
            continue;
        if (event.seq > 0 && !m_seenSeqs.contains(event.seq)) {
            m_seenSeqs.insert(event.seq);
            m_events.append(event);
        }
    }
}

void RunbookPanel::setAlert(const QString& alertId, const QString& service)
{
    m_alertId = alertId;
    m_alertService = service;
}

void RunbookPanel::setScriptDirectory(const QString& directory)
{
    m_scriptDirectory = directory;
}

void RunbookPanel::setScriptTimeout(std::chrono::milliseconds timeout)
{
    m_scriptTimeout = timeout;
}

void RunbookPanel::selectStep(const QString& stepId)
{
    if (const auto row = m_model->rowOf(stepId))
        m_list->setCurrentIndex(m_model->index(*row));
}

QString RunbookPanel::selectedStepId() const
{
    const runbooks::RunbookStep* step = m_model->stepAt(m_list->currentIndex().row());
    return step ? step->id : QString();
}

ScriptConfirmDialog* RunbookPanel::confirmScript()
{
    const runbooks::RunbookStep* step = m_model->stepAt(m_list->currentIndex().row());
    if (!step || step->automationScript.trimmed().isEmpty() || !m_service || m_incidentId == 0)
        return nullptr;
    const QString runbookId = m_model->runbook()->id;
    runbooks::ScriptRunner::Job job;
    job.script = step->automationScript;
    job.workingDirectory = m_scriptDirectory;
    job.timeout = m_scriptTimeout;
    job.environment = {{u"WK_INCIDENT_ID"_s, QString::number(m_incidentId)}, {u"WK_RUNBOOK_ID"_s, runbookId},
        {u"WK_STEP_ID"_s, step->id}};
    if (!m_alertId.isEmpty())
        job.environment.append({u"WK_ALERT_ID"_s, m_alertId});
    if (!m_alertService.isEmpty())
        job.environment.append({u"WK_SERVICE"_s, m_alertService});

    auto* dialog
        = new ScriptConfirmDialog(job, step->description.isEmpty() ? step->id : step->description, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The run belongs to the incident it was confirmed for, even if the panel has moved on since.
    const qint64 incidentId = m_incidentId;
    const QString stepId = step->id;
    connect(dialog, &ScriptConfirmDialog::runFinished, this,
        [this, incidentId, runbookId, stepId](
            const runbooks::ScriptResult& result) { writeScriptRun(incidentId, runbookId, stepId, result); });
    dialog->open();
    return dialog;
}

void RunbookPanel::writeTick(const QString& stepId, bool done)
{
    const runbooks::RunbookStep* step = m_model->runbook() ? m_model->runbook()->step(stepId) : nullptr;
    if (!m_service || m_incidentId == 0 || !step) {
        m_model->clearPending(stepId);
        return;
    }
    const QString description = step->description.isEmpty() ? step->id : step->description;
    const quint64 generation = m_generation;
    m_service->append(
        runbooks::stepEvent(m_incidentId, m_model->runbook()->id, stepId, done, m_actor, step->description), this,
        [this, generation, stepId, done, description](Result<incidents::TimelineEvent> written) {
            if (generation == m_generation) {
                if (written) {
                    keep({*written});
                    m_model->applyEvents({*written});
                }
                m_model->clearPending(stepId);
                showProblem(written ? QString()
                                    : (done ? tr("Could not tick “%1”: %2") : tr("Could not untick “%1”: %2"))
                                          .arg(description, errorText(written.error())));
            }
            if (written)
                Q_EMIT eventAppended(*written);
        });
}

void RunbookPanel::writeScriptRun(
    qint64 incidentId, const QString& runbookId, const QString& stepId, const runbooks::ScriptResult& result)
{
    if (!m_service) {
        showProblem(tr("The script's result could not be added to the timeline: the incident store is closed."));
        return;
    }
    const quint64 generation = m_generation;
    m_service->append(runbooks::scriptRunEvent(incidentId, runbookId, stepId, result, m_actor), this,
        [this, generation](Result<incidents::TimelineEvent> written) {
            if (!written) {
                showProblem(
                    tr("The script's result could not be added to the timeline: %1").arg(errorText(written.error())));
                return;
            }
            if (generation == m_generation) {
                keep({*written});
                m_model->applyEvents({*written});
            }
            Q_EMIT eventAppended(*written);
        });
}

void RunbookPanel::showRunbook()
{
    const auto& runbook = m_model->runbook();
    m_pages->setCurrentIndex(runbook ? 1 : 0);
    if (!runbook)
        return;
    m_title->setText(runbook->title.isEmpty() ? runbook->id : runbook->title);
    QStringList meta;
    if (runbook->estimatedTime)
        meta.append(tr("About %1").arg(runbook->estimatedTime->text));
    const auto steps = runbook->steps.size();
    meta.append(steps == 1 ? tr("1 step") : tr("%1 steps").arg(steps));
    if (!runbook->sourceFile.isEmpty())
        meta.append(QFileInfo(runbook->sourceFile).fileName());
    m_meta->setText(meta.join(u" · "_s));

    QString about;
    if (!runbook->description.isEmpty())
        about += u"<p style=\"margin-top:4px\">"_s + esc(runbook->description) + u"</p>"_s;
    if (!runbook->prerequisites.isEmpty()) {
        const QString list = u"<ul style=\"margin-top:2px; margin-left:-24px\">"_s;
        about += u"<p style=\"margin-bottom:0\"><b>"_s + esc(tr("Before you start")) + u"</b></p>"_s + list;
        for (const QString& item : runbook->prerequisites)
            about += u"<li>"_s + esc(item) + u"</li>"_s;
        about += u"</ul>"_s;
    }
    if (!runbook->escalationContacts.isEmpty())
        about += u"<p><b>"_s + esc(tr("Escalate to:")) + u"</b> "_s + esc(runbook->escalationContacts.join(u", "_s))
            + u"</p>"_s;
    m_about->setText(about);
    m_about->setVisible(!about.isEmpty());

    // The first step is where a person starts.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->stepAt(row)) {
            m_list->setCurrentIndex(m_model->index(row));
            break;
        }
    }
    showProgress();
    showStep();
}

void RunbookPanel::showProgress()
{
    const int steps = m_model->stepCount();
    const int done = m_model->doneCount();
    m_progressText->setText(tr("%1 of %2 done").arg(done).arg(steps));
    m_progressBar->setRange(0, std::max(steps, 1));
    m_progressBar->setValue(done);
}

void RunbookPanel::showStep()
{
    const runbooks::RunbookStep* step = m_model->stepAt(m_list->currentIndex().row());
    const bool hasScript = step && !step->automationScript.trimmed().isEmpty();
    m_runButton->setVisible(hasScript);
    m_runButton->setEnabled(hasScript && m_service && m_incidentId != 0);
    m_runButton->setToolTip(m_runButton->isEnabled()
            ? tr("Shows the script and where it would run; nothing runs until you confirm.")
            : tr("Open an incident first: a script's output and exit code go into its timeline."));
    if (!step) {
        const QString muted = theme::mutedText.name();
        m_step->setHtml(
            u"<p style=\"color:%1\">"_s.arg(muted) + esc(tr("Select a step to see what to do.")) + u"</p>"_s);
        return;
    }
    QString html = u"<p><b>"_s + esc(step->description.isEmpty() ? step->id : step->description) + u"</b></p>"_s;
    const auto field = [&html](const QString& label, const QString& text) {
        if (!text.isEmpty())
            html += u"<p><b>"_s + esc(label) + u"</b> <span style=\"white-space:pre-wrap\">"_s + esc(text)
                + u"</span></p>"_s;
    };
    field(tr("Do:"), step->action);
    field(tr("Expected:"), step->expectedResult);
    field(tr("If not:"), step->troubleshooting);
    if (hasScript) {
        html += u"<p style=\"margin-bottom:2px\"><b>"_s + esc(tr("Script:"))
            + u"</b></p><pre style=\"white-space:"
              "pre-wrap; margin-top:0\">"_s
            + esc(step->automationScript.trimmed()) + u"</pre>"_s;
        if (const auto run = m_model->progress().lastRun(step->id))
            html += u"<p style=\"color:%1\">"_s.arg(theme::mutedText.name())
                + esc(tr("Last run: %1, by %2 at %3")
                          .arg(RunbookText::lastRun(*run), run->by, RunbookText::time(run->at)))
                + u"</p>"_s;
    }
    m_step->setHtml(html);
}

void RunbookPanel::showProblem(const QString& text)
{
    m_problem = text;
    showStatus();
}

void RunbookPanel::showStatus()
{
    // A failed write outranks the hint: it is what the person must know now.
    const bool problem = !m_problem.isEmpty();
    const QString text = problem
        ? u"⚠ "_s + m_problem
        : (m_incidentId == 0 ? tr("Open an incident to keep progress: ticks are kept in its timeline.") : QString());
    m_status->setText(text);
    m_status->setStyleSheet(u"color: %1"_s.arg((problem ? theme::critical : theme::mutedText).name()));
    m_status->setVisible(!text.isEmpty());
}

QString RunbookPanel::emptyStateHtml() const
{
    return u"<p><b>"_s + esc(tr("No runbook for this alert")) + u"</b></p><p>"_s
        + esc(tr("No runbook matches the selected alert.")) + u"</p><p>"_s
        + tr("To bind one, set <code>alert_rule_id</code> in a runbook file to the alert's rule name (its "
             "<code>alertname</code>), or link it from the alert's runbook URL as <code>runbook:ID</code>. "
             "Runbook files are read from the folders listed under <code>runbooks:</code> in the workspace.")
        + u"</p>"_s;
}

} // namespace wk::ui
