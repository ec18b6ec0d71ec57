#include "postmortems/PostmortemEditor.h"

#include "common/Logging.h"
#include "common/Theme.h"
#include "common/TimeText.h"
#include "common/UiText.h"
#include "incidents/IncidentService.h"
#include "postmortems/ActionItemsModel.h"
#include "postmortems/PostmortemDraft.h"
#include "postmortems/PostmortemPdf.h"
#include "postmortems/PostmortemTimelineModel.h"

#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

constexpr int saveDelayMs = 1000;  // after the last keystroke
constexpr int retryDelayMs = 3000; // after a failed save

} // namespace

struct PostmortemEditor::Loaded
{
    incidents::IncidentWithTimeline incident;
    incidents::ResponseTimes times;
    std::optional<postmortems::Postmortem> saved;
    Result<postmortems::PostmortemTemplate> chosenTemplate = std::unexpected(Error{});
};

PostmortemEditor::PostmortemEditor(
    incidents::IncidentService& service, qint64 incidentId, const QString& templatePath, QWidget* parent)
    : QWidget(parent)
    , m_service(&service)
    , m_incidentId(incidentId)
    , m_templatePath(templatePath)
    , m_timelineModel(new PostmortemTimelineModel(this))
    , m_actionItems(new ActionItemsModel(this))
{
    m_postmortem.incidentId = incidentId;
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &PostmortemEditor::saveNow);
    buildLayout();
    connect(m_timelineModel, &PostmortemTimelineModel::choiceChanged, this, &PostmortemEditor::edited);
    connect(m_actionItems, &ActionItemsModel::itemsEdited, this, &PostmortemEditor::edited);
    load();
}

PostmortemEditor::~PostmortemEditor()
{
    saveNow();
    // Children outlive this body; what they say while they go must not reach a half-destroyed editor.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void PostmortemEditor::setSloBudgetBurned(double fraction)
{
    m_sloBudgetBurned = fraction;
}

void PostmortemEditor::setSloBudgetBurned(double fraction, const QString& description)
{
    m_sloBudgetBurned = fraction;
    m_sloBudgetText = description;
}

void PostmortemEditor::load()
{
    setStatus(tr("Loading the incident…"));
    const qint64 id = m_incidentId;
    const QString templatePath = m_templatePath;
    // Everything the editor needs in one call on the store's thread, the template file included.
    m_service->run<Loaded>(
        this,
        [id, templatePath](incidents::IncidentStore& store) -> Result<Loaded> {
            auto incident = store.load(id);
            if (!incident)
                return std::unexpected(incident.error());
            auto saved = store.postmortem(id);
            if (!saved)
                return std::unexpected(saved.error());
            const incidents::ResponseTimes times = incidents::responseTimesOf(incident->timeline);
            return Loaded{
                std::move(*incident), times, std::move(*saved), postmortems::PostmortemTemplate::load(templatePath)};
        },
        [this](Result<Loaded> result) {
            if (!result) {
                logging::get("ui")->warn(
                    "cannot open the postmortem of incident {}: {}", m_incidentId, result.error().detail);
                setStatus(tr("Cannot open the incident: %1").arg(errorText(result.error())), true);
                Q_EMIT loadFailed(result.error());
                return;
            }
            showLoaded(std::move(*result));
        });
}

void PostmortemEditor::showLoaded(Loaded data)
{
    QStringList notices;
    if (data.chosenTemplate) {
        m_template = std::move(*data.chosenTemplate);
    } else {
        logging::get("ui")->warn("postmortem template: {}", data.chosenTemplate.error().detail);
        notices.append(tr("The postmortem template cannot be used, so exports use the built-in one: %1")
                           .arg(data.chosenTemplate.error().detail));
        if (auto builtin = postmortems::PostmortemTemplate::load(QString()))
            m_template = std::move(*builtin);
    }
    const bool resolved = data.incident.incident.status == incidents::IncidentStatus::Resolved;
    if (!resolved)
        notices.append(tr("The incident is not resolved: its duration and MTTR are filled in once it is."));
    m_notice->setText(notices.join(u'\n'));
    m_notice->setVisible(!notices.isEmpty());

    bool refreshed = false;
    if (data.saved) {
        m_postmortem = *data.saved;
        postmortems::refreshFromIncident(m_postmortem, data.incident, data.times);
        refreshed = !(m_postmortem == *data.saved);
    } else {
        m_postmortem = postmortems::draftFromIncident(data.incident, data.times, m_sloBudgetBurned);
        if (!m_sloBudgetText.isEmpty())
            m_postmortem.impact.sloBudget = m_sloBudgetText;
    }
    QSet<qint64> chosen;
    for (const postmortems::TimelineEntry& entry : std::as_const(m_postmortem.timeline))
        chosen.insert(entry.seq);
    m_filling = true;
    m_timelineModel->setEntries(postmortems::timelineEntries(data.incident.timeline), chosen);
    fillFields();
    m_filling = false;
    showFacts();
    m_loaded = true;
    for (QWidget* input : std::as_const(m_inputs))
        input->setEnabled(true);

    if (data.saved)
        setStatus(tr("Saved at %1").arg(m_postmortem.updatedAt.toLocalTime().toString(u"HH:mm:ss"_s)));
    else
        setStatus(tr("A new draft: it is saved as you type."));
    if (refreshed) // the incident moved on since the last save: keep the postmortem in step
        edited();
    Q_EMIT loaded();
}

void PostmortemEditor::fillFields()
{
    m_title->setText(m_postmortem.title);
    m_summary->setPlainText(m_postmortem.summary);
    m_users->setText(m_postmortem.impact.users);
    m_sloBudget->setText(m_postmortem.impact.sloBudget);
    m_sloBudget->setCursorPosition(0); // the start of a long line, not its end
    m_rootCause->setPlainText(m_postmortem.rootCause);
    m_resolution->setPlainText(m_postmortem.resolution);
    m_lessons->setPlainText(m_postmortem.lessons);
    m_actionItems->setItems(m_postmortem.actionItems);
}

void PostmortemEditor::showFacts()
{
    const auto duration = [this](const std::optional<qint64>& seconds) {
        return seconds ? durationText(*seconds) : tr("not resolved yet");
    };
    m_facts->setText(
        tr("%1 · Commander: %2 · MTTA %3 · MTTR %4")
            .arg(m_postmortem.severity, m_postmortem.commander.isEmpty() ? tr("nobody") : m_postmortem.commander,
                m_postmortem.mttaSeconds ? durationText(*m_postmortem.mttaSeconds) : tr("not known"),
                duration(m_postmortem.mttrSeconds)));
    m_duration->setText(duration(m_postmortem.impact.durationSeconds));
}

void PostmortemEditor::edited()
{
    if (m_filling || !m_loaded)
        return;
    collect();
    m_dirty = true;
    setStatus(tr("Saving…"));
    m_saveTimer.start(saveDelayMs);
}

void PostmortemEditor::collect()
{
    m_postmortem.title = m_title->text();
    m_postmortem.summary = m_summary->toPlainText();
    m_postmortem.impact.users = m_users->text();
    m_postmortem.impact.sloBudget = m_sloBudget->text();
    m_postmortem.rootCause = m_rootCause->toPlainText();
    m_postmortem.resolution = m_resolution->toPlainText();
    m_postmortem.lessons = m_lessons->toPlainText();
    m_postmortem.timeline = m_timelineModel->chosenEntries();
    m_postmortem.actionItems = m_actionItems->items();
}

void PostmortemEditor::saveNow()
{
    m_saveTimer.stop();
    if (!m_dirty || !m_loaded)
        return;
    if (!m_service) {
        logging::get("ui")->error(
            "the postmortem of incident {} was not saved: the incident store is gone", m_incidentId);
        setStatus(tr("Not saved: the incident store is closed"), true);
        return;
    }
    m_dirty = false;
    ++m_savesInFlight;
    const quint64 serial = ++m_saveSerial;
    m_service->savePostmortem(
        m_postmortem, this, [this, serial](Result<postmortems::Postmortem> result) { saveAnswered(serial, result); });
}

void PostmortemEditor::saveAnswered(quint64 serial, const Result<postmortems::Postmortem>& result)
{
    --m_savesInFlight;
    // Each save carries the whole postmortem and they land in order: only the latest one's answer matters.
    const bool latest = serial == m_saveSerial;
    if (!result) {
        logging::get("ui")->warn(
            "saving the postmortem of incident {} failed: {}", m_incidentId, result.error().detail);
        if (latest) {
            m_dirty = true;
            setStatus(tr("Not saved: %1 — retrying").arg(errorText(result.error())), true);
            if (!m_saveTimer.isActive())
                m_saveTimer.start(retryDelayMs);
        }
        return;
    }
    m_postmortem.revision = result->revision;
    m_postmortem.updatedAt = result->updatedAt;
    if (latest && !m_dirty)
        setStatus(tr("Saved at %1").arg(result->updatedAt.toLocalTime().toString(u"HH:mm:ss"_s)));
    Q_EMIT saved(*result);
}

void PostmortemEditor::hideEvent(QHideEvent* event)
{
    saveNow();
    QWidget::hideEvent(event);
}

void PostmortemEditor::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? u"color: %1"_s.arg(theme::critical.name()) : QString());
}

QString PostmortemEditor::statusText() const
{
    return m_status->text();
}

void PostmortemEditor::addActionItem()
{
    const QModelIndex added = m_actionItems->addItem(QDate::currentDate().addDays(14));
    m_actionItemsView->setCurrentIndex(added);
    m_actionItemsView->edit(added);
}

void PostmortemEditor::removeSelectedActionItems()
{
    QList<int> rows;
    for (const QModelIndex& index : m_actionItemsView->selectionModel()->selectedRows())
        rows.append(index.row());
    std::ranges::sort(rows, std::greater<>());
    for (int row : rows)
        m_actionItems->removeRows(row, 1);
}

QString PostmortemEditor::markdown() const
{
    if (!m_template)
        return {};
    return m_template->render(m_postmortem, QDateTime::currentDateTimeUtc());
}

Result<void> PostmortemEditor::exportMarkdown(const QString& path) const
{
    if (!m_loaded)
        return makeError(ErrorCode::NotFound, u"the postmortem has not loaded"_s);
    QSaveFile file(path);
    // Flushed before commit(): Qt 6.4's QSaveFile commits even when the buffered write failed (a full disk), and the
    // earlier file is lost to an empty or cut one.
    if (!file.open(QIODevice::WriteOnly) || file.write(markdown().toUtf8()) < 0 || !file.flush() || !file.commit())
        return makeError(ErrorCode::Io, u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return {};
}

Result<void> PostmortemEditor::exportPdf(const QString& path) const
{
    if (!m_loaded)
        return makeError(ErrorCode::NotFound, u"the postmortem has not loaded"_s);
    return writePostmortemPdf(markdown(), m_postmortem.title, path);
}

QString PostmortemEditor::suggestedFileName(const QString& suffix) const
{
    return u"postmortem-incident-%1.%2"_s.arg(QString::number(m_incidentId), suffix);
}

void PostmortemEditor::chooseMarkdownExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the postmortem as Markdown"), suggestedFileName(u"md"_s), tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    if (auto done = exportMarkdown(path); !done)
        QMessageBox::warning(
            this, tr("Export Markdown"), tr("The postmortem was not exported: %1").arg(errorText(done.error())));
}

void PostmortemEditor::choosePdfExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the postmortem as PDF"), suggestedFileName(u"pdf"_s), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto done = exportPdf(path); !done)
        QMessageBox::warning(
            this, tr("Export PDF"), tr("The postmortem was not exported: %1").arg(errorText(done.error())));
}

} // namespace wk::ui
