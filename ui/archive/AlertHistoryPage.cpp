#include "archive/AlertHistoryPage.h"

#include "archive/AlertHistoryDetailView.h"
#include "archive/AlertHistoryFilterBar.h"
#include "archive/AlertHistoryModel.h"
#include "common/Logging.h"
#include "common/Theme.h"
#include "common/UiText.h"
#include "store/StoreWorker.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::ui {

AlertHistoryPage::AlertHistoryPage(ArchiveWorker* archive, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_archive(archive)
    , m_filters(new AlertHistoryFilterBar(clock, this))
    , m_model(new AlertHistoryModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(AlertHistoryModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_count = new QLabel(this);
    m_count->setObjectName(u"historyCount"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"historyError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(theme::critical.name()));
    m_error->hide();
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setToolTip(tr("Read the archive again: alerts the console polled since (F5)"));

    m_table = new QTableView(this);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertHistoryModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    auto* header = m_table->horizontalHeader();
    header->setResizeContentsPrecision(200); // a few thousand rows: measure the first ones
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AlertHistoryModel::MessageColumn, QHeaderView::Stretch);
    // An alert may go to many teams: the column keeps a sensible width, and the tooltip names them all.
    header->setSectionResizeMode(AlertHistoryModel::TeamsColumn, QHeaderView::Interactive);
    header->resizeSection(AlertHistoryModel::TeamsColumn, fontMetrics().horizontalAdvance(u"Data Science, Platform"_s));

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"historyEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setEnabled(false); // drawn muted: a hint, not data
    m_detail = new AlertHistoryDetailView(this);

    auto* status = new QHBoxLayout;
    status->addWidget(m_count);
    status->addWidget(m_error, 1);
    status->addStretch();
    status->addWidget(m_refresh);

    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_table);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({600, 400}); // in proportion: the detail keeps room for a few entries whatever it shows
    // With nothing listed, the words of the empty state take the place of both.
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_split);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filters);
    layout->addLayout(status);
    layout->addWidget(m_stack, 1);

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_filters, &AlertHistoryFilterBar::focusSearch);
    addAction(find);
    auto* reread = new QAction(this);
    reread->setShortcut(QKeySequence::Refresh);
    reread->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(reread, &QAction::triggered, this, &AlertHistoryPage::refresh);
    addAction(reread);

    connect(m_filters, &AlertHistoryFilterBar::queryChanged, this, &AlertHistoryPage::ask);
    connect(m_refresh, &QPushButton::clicked, this, &AlertHistoryPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertHistoryPage::showSelected);

    if (m_archive == nullptr) {
        m_filters->setEnabled(false);
        m_refresh->setEnabled(false);
        m_empty->setText(tr("No alert archive is open, so there is no history to browse. The console keeps one "
                            "in its data folder; see the log for why it could not be opened."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_count->setText(tr("Reading the archive…"));
    refresh();
}

void AlertHistoryPage::setRowLimit(int limit)
{
    m_rowLimit = std::max(1, limit);
    ask();
}

bool AlertHistoryPage::isWaiting() const
{
    return m_filters->isTyping() || m_answered != m_asked || m_historyAnswered != m_historyAsked || m_valuesAsked > 0;
}

QString AlertHistoryPage::selectedAlertId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(AlertHistoryModel::AlertIdRole).toString();
}

void AlertHistoryPage::selectAlert(const QString& alertId)
{
    const int row = m_model->rowOf(alertId);
    if (row < 0)
        return;
    const QModelIndex shown = m_sorted->mapFromSource(m_model->index(row, 0));
    m_table->selectRow(shown.row());
    m_table->scrollTo(shown);
}

void AlertHistoryPage::refresh()
{
    if (m_archive == nullptr)
        return;
    ++m_valuesAsked;
    m_archive->run<archive::ArchiveValues>(
        this, [](archive::AlertArchive& archive) { return archive.values(); },
        [this](Result<archive::ArchiveValues> values) {
            --m_valuesAsked;
            if (values)
                m_filters->setValues(*values);
            else
                logging::get("ui")->warn(
                    "alert history: no teams or services: {}", describe(values.error()).toStdString());
        });
    ask();
}

void AlertHistoryPage::ask()
{
    if (m_archive == nullptr)
        return;
    archive::ArchiveQuery query = m_filters->query();
    query.limit = m_rowLimit;
    const quint64 sequence = ++m_asked;
    m_archive->run<Answer>(
        this,
        [query](archive::AlertArchive& archive) -> Result<Answer> {
            Answer answer;
            auto alerts = archive.alerts(query);
            if (!alerts)
                return std::unexpected(alerts.error());
            answer.alerts = std::move(*alerts);
            answer.matched = answer.alerts.size();
            if (answer.matched >= query.limit) {
                auto matched = archive.count(query);
                if (!matched)
                    return std::unexpected(matched.error());
                answer.matched = *matched;
            }
            if (answer.matched == 0) {
                auto archived = archive.count();
                if (!archived)
                    return std::unexpected(archived.error());
                answer.archived = *archived;
            }
            return answer;
        },
        [this, sequence, query](Result<Answer> answer) { answered(sequence, query, std::move(answer)); });
}

void AlertHistoryPage::answered(quint64 sequence, const archive::ArchiveQuery& query, Result<Answer> answer)
{
    if (sequence != m_asked)
        return; // a newer query is on its way: this one's rows would only flash by
    m_answered = sequence;
    if (!answer) {
        showFailure(answer.error());
        return;
    }
    m_error->hide();
    const QString selected = selectedAlertId();
    m_model->setAlerts(answer->alerts);
    showCounts(query, *answer);
    if (m_model->rowOf(selected) >= 0)
        selectAlert(selected);
    else
        showSelected(); // it is gone: so are its details
}

void AlertHistoryPage::showCounts(const archive::ArchiveQuery& query, const Answer& answer)
{
    const qsizetype shown = answer.alerts.size();
    if (answer.matched > shown) {
        m_count->setText(
            tr("%Ln alert(s), showing the %1 newest", nullptr, int(answer.matched)).arg(QLocale().toString(shown)));
        m_count->setToolTip(tr("Narrow the search or the date range to see the older ones"));
    } else {
        m_count->setText(tr("%Ln alert(s)", nullptr, int(answer.matched)));
        m_count->setToolTip({});
    }
    if (shown > 0) {
        m_stack->setCurrentWidget(m_split);
        return;
    }
    if (answer.archived == 0) {
        m_empty->setText(tr("No archived alerts yet: the console archives every alert it polls, and they show "
                            "here once it has seen some."));
    } else {
        const QString what = query.text.isEmpty() ? tr("No alert matches these filters.")
                                                  : tr("No alert matches “%1” with these filters.").arg(query.text);
        const QString hint = query.closedOnly
            ? tr("The archive holds %Ln alert(s): try a wider date range, other filters, or untick "
                 "“Resolved only”.",
                nullptr, int(answer.archived))
            : tr("The archive holds %Ln alert(s): try a wider date range or other filters.", nullptr,
                int(answer.archived));
        m_empty->setText(what + u"\n"_s + hint);
    }
    m_stack->setCurrentWidget(m_empty);
}

void AlertHistoryPage::showSelected()
{
    const QString id = selectedAlertId();
    const archive::ArchivedAlert* alert = m_model->alertAt(m_model->rowOf(id));
    const quint64 sequence = ++m_historyAsked;
    if (alert == nullptr) {
        m_historyAnswered = sequence;
        m_detail->clear();
        return;
    }
    m_detail->showAlert(*alert);
    m_archive->run<QList<archive::HistoryEntry>>(
        this, [id](archive::AlertArchive& archive) { return archive.history(id); },
        [this, sequence](Result<QList<archive::HistoryEntry>> entries) {
            if (sequence != m_historyAsked)
                return; // another alert was selected since
            m_historyAnswered = sequence;
            if (entries) {
                m_detail->setEntries(*entries);
            } else {
                logging::get("ui")->warn("alert history: {}", describe(entries.error()).toStdString());
                m_detail->setEntriesFailed(errorText(entries.error()));
            }
        });
}

void AlertHistoryPage::showFailure(const Error& error)
{
    logging::get("ui")->warn("alert history: {}", describe(error).toStdString());
    if (m_model->rowCount() == 0)
        m_count->clear(); // not "Reading the archive…" any more
    m_error->setText(m_model->rowCount() > 0
            ? tr("Could not read the alert archive (%1); showing what it answered last.").arg(errorText(error))
            : tr("Could not read the alert archive: %1.").arg(errorText(error)));
    m_error->show();
}

} // namespace wk::ui
