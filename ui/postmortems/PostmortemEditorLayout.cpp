// The editor's widgets and how they are laid out: the writing on the left, the timeline and the action items on the
// right, the save status and the exports along the bottom.
#include "common/Theme.h"
#include "postmortems/ActionItemsModel.h"
#include "postmortems/PostmortemEditor.h"
#include "postmortems/PostmortemTimelineModel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

QLabel* sectionLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

QPlainTextEdit* textArea(const QString& objectName, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(84);
    return edit;
}

} // namespace

void PostmortemEditor::buildLayout()
{
    m_heading = new QLabel(tr("Postmortem of incident #%1").arg(m_incidentId));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_facts = new QLabel;
    m_facts->setObjectName(u"factsLabel"_s);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice = new QLabel;
    m_notice->setObjectName(u"noticeLabel"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"color: %1"_s.arg(theme::warning.name()));
    m_notice->hide();

    auto* right = new QSplitter(Qt::Vertical);
    right->addWidget(buildTimelinePane());
    right->addWidget(buildActionItemsPane());
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setChildrenCollapsible(false);

    auto* panes = new QSplitter(Qt::Horizontal);
    panes->addWidget(buildWritingPane());
    panes->addWidget(right);
    panes->setStretchFactor(0, 1);
    panes->setStretchFactor(1, 1);
    panes->setChildrenCollapsible(false);

    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_s);
    auto* exportMarkdown = new QPushButton(tr("Export Markdown…"));
    exportMarkdown->setObjectName(u"exportMarkdownButton"_s);
    connect(exportMarkdown, &QPushButton::clicked, this, &PostmortemEditor::chooseMarkdownExport);
    auto* exportPdf = new QPushButton(tr("Export PDF…"));
    exportPdf->setObjectName(u"exportPdfButton"_s);
    connect(exportPdf, &QPushButton::clicked, this, &PostmortemEditor::choosePdfExport);
    m_inputs << exportMarkdown << exportPdf;
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(exportMarkdown);
    bottom->addWidget(exportPdf);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addWidget(m_notice);
    layout->addWidget(panes, 1);
    layout->addLayout(bottom);

    for (QWidget* input : std::as_const(m_inputs))
        input->setEnabled(false);
}

QWidget* PostmortemEditor::buildWritingPane()
{
    m_title = new QLineEdit;
    m_title->setObjectName(u"titleEdit"_s);
    m_summary = textArea(u"summaryEdit"_s, tr("What happened, in a few sentences"));
    m_users = new QLineEdit;
    m_users->setObjectName(u"usersEdit"_s);
    m_users->setPlaceholderText(tr("Who was affected, and how"));
    m_duration = new QLabel;
    m_duration->setObjectName(u"durationLabel"_s);
    m_sloBudget = new QLineEdit;
    m_sloBudget->setObjectName(u"sloBudgetEdit"_s);
    m_sloBudget->setPlaceholderText(tr("The share of the error budget burned, where an SLO applies"));
    m_rootCause = textArea(u"rootCauseEdit"_s, tr("Why it happened"));
    m_resolution = textArea(u"resolutionEdit"_s, tr("What made it stop"));
    m_lessons = textArea(u"lessonsEdit"_s, tr("What went well, what did not, where we were lucky"));

    auto* impact = new QGroupBox(tr("Impact"));
    auto* impactForm = new QFormLayout(impact);
    impactForm->addRow(tr("Users affected:"), m_users);
    impactForm->addRow(tr("Duration:"), m_duration);
    impactForm->addRow(tr("SLO budget burned:"), m_sloBudget);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(sectionLabel(tr("Title"), m_title));
    layout->addWidget(m_title);
    layout->addWidget(sectionLabel(tr("Summary"), m_summary));
    layout->addWidget(m_summary, 1);
    layout->addWidget(impact);
    layout->addWidget(sectionLabel(tr("Root cause"), m_rootCause));
    layout->addWidget(m_rootCause, 1);
    layout->addWidget(sectionLabel(tr("Resolution"), m_resolution));
    layout->addWidget(m_resolution, 1);
    layout->addWidget(sectionLabel(tr("Lessons learned"), m_lessons));
    layout->addWidget(m_lessons, 1);

    for (QLineEdit* edit : {m_title, m_users, m_sloBudget})
        connect(edit, &QLineEdit::textChanged, this, &PostmortemEditor::edited);
    for (QPlainTextEdit* edit : {m_summary, m_rootCause, m_resolution, m_lessons})
        connect(edit, &QPlainTextEdit::textChanged, this, &PostmortemEditor::edited);
    m_inputs << m_title << m_summary << m_users << m_sloBudget << m_rootCause << m_resolution << m_lessons;

    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"writingPane"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget* PostmortemEditor::buildTimelinePane()
{
    m_timeline = new QListView;
    m_timeline->setObjectName(u"timelineView"_s);
    m_timeline->setModel(m_timelineModel);
    m_timeline->setUniformItemSizes(true);
    m_timeline->setSpacing(1);
    m_timeline->setTextElideMode(Qt::ElideRight);
    auto* hint = new QLabel(tr("Ticked events go in the postmortem. Times are UTC."));
    hint->setStyleSheet(u"color: %1"_s.arg(theme::mutedText.name()));
    auto* box = new QGroupBox(tr("Timeline"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(hint);
    layout->addWidget(m_timeline, 1);
    m_inputs << m_timeline;
    return box;
}

QWidget* PostmortemEditor::buildActionItemsPane()
{
    m_actionItemsView = new QTableView;
    m_actionItemsView->setObjectName(u"actionItemsView"_s);
    m_actionItemsView->setModel(m_actionItems);
    m_actionItemsView->verticalHeader()->hide();
    m_actionItemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionItemsView->horizontalHeader()->setSectionResizeMode(ActionItemsModel::What, QHeaderView::Stretch);
    m_actionItemsView->horizontalHeader()->setSectionResizeMode(ActionItemsModel::Owner, QHeaderView::Interactive);
    m_actionItemsView->horizontalHeader()->setSectionResizeMode(ActionItemsModel::Due, QHeaderView::Interactive);
    m_actionItemsView->setColumnWidth(ActionItemsModel::Owner, 130);
    m_actionItemsView->setColumnWidth(ActionItemsModel::Due, 120);

    auto* add = new QPushButton(tr("Add action item"));
    add->setObjectName(u"addActionButton"_s);
    connect(add, &QPushButton::clicked, this, &PostmortemEditor::addActionItem);
    m_removeAction = new QPushButton(tr("Remove"));
    m_removeAction->setObjectName(u"removeActionButton"_s);
    m_removeAction->setEnabled(false);
    connect(m_removeAction, &QPushButton::clicked, this, &PostmortemEditor::removeSelectedActionItems);
    connect(m_actionItemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this]() { m_removeAction->setEnabled(m_loaded && m_actionItemsView->selectionModel()->hasSelection()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_removeAction);
    buttons->addStretch(1);
    auto* box = new QGroupBox(tr("Action items"));
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_actionItemsView, 1);
    layout->addLayout(buttons);
    m_inputs << m_actionItemsView << add;
    return box;
}

} // namespace wk::ui
