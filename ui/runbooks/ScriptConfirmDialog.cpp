#include "runbooks/ScriptConfirmDialog.h"

#include "common/Theme.h"
#include "runbooks/RunbookProgress.h"
#include "runbooks/RunbookText.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

constexpr int maxOutputLines = 5000; // the view keeps this many; the timeline keeps the last 64 KiB

QLabel* factLabel(const QString& text, QWidget* parent, bool monospace = false)
{
    auto* label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    if (monospace)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

QPlainTextEdit* codeView(QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

// Tall enough for `lines` lines of the view's font, plus its frame and a scroll bar.
int heightFor(const QPlainTextEdit* view, int lines)
{
    return QFontMetrics(view->font()).lineSpacing() * lines + 2 * view->frameWidth()
        + view->horizontalScrollBar()->sizeHint().height() + 8;
}

} // namespace

ScriptConfirmDialog::ScriptConfirmDialog(
    runbooks::ScriptRunner::Job job, const QString& stepTitle, const QString& actor, QWidget* parent)
    : QDialog(parent)
    , m_job(std::move(job))
    , m_place(runbooks::ScriptPlace::here(m_job.workingDirectory))
    , m_stepTitle(stepTitle)
    , m_actor(actor)
{
    setWindowTitle(tr("Run a runbook script"));
    setMinimumWidth(600);

    m_heading = new QLabel(tr("Run the script of “%1”?").arg(m_stepTitle), this);
    m_heading->setObjectName(u"heading"_s);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);

    m_question = new QLabel(tr("Nothing runs until you press Run. Read the script first: it runs exactly as shown, "
                               "stops at the first command that fails, and its output and exit code go into the "
                               "incident's timeline."),
        this);
    m_question->setWordWrap(true);
    m_question->setStyleSheet(u"color: %1"_s.arg(theme::mutedText.name()));

    m_script = codeView(this);
    m_script->setObjectName(u"scriptText"_s);
    m_script->setPlainText(m_job.script);
    const int scriptLines = std::clamp(static_cast<int>(m_job.script.count(u'\n')) + 1, 4, 14);
    m_script->setMinimumHeight(heightFor(m_script, std::min(scriptLines, 6)));
    m_script->setFixedHeight(heightFor(m_script, scriptLines));

    m_facts = factsWidget();

    m_outputLabel = new QLabel(tr("Output"), this);
    m_output = codeView(this);
    m_output->setObjectName(u"outputText"_s);
    m_output->setMaximumBlockCount(maxOutputLines);
    m_output->setMinimumHeight(heightFor(m_output, 10));
    m_outputLabel->hide();
    m_output->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(u"runStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_runButton = buttons->addButton(tr("Run"), QDialogButtonBox::AcceptRole);
    m_runButton->setObjectName(u"runButton"_s);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_stopButton = buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(u"stopButton"_s);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_stopButton->hide();
    m_closeButton->hide();
    // Enter must never run a script: Cancel is the default, and Run is only ever pressed on purpose.
    for (QPushButton* button : {m_runButton, m_stopButton, m_closeButton})
        button->setAutoDefault(false);
    m_cancelButton->setAutoDefault(true);
    m_cancelButton->setDefault(true);
    // The box's accepted/rejected would close the dialog; each button says what it does instead.
    connect(m_runButton, &QPushButton::clicked, this, &ScriptConfirmDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &ScriptConfirmDialog::reject);
    connect(m_stopButton, &QPushButton::clicked, this, &ScriptConfirmDialog::stop);
    connect(m_closeButton, &QPushButton::clicked, this, &ScriptConfirmDialog::accept);

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_heading);
    m_layout->addWidget(m_question);
    m_layout->addSpacing(4);
    m_layout->addWidget(new QLabel(tr("Script"), this));
    m_layout->addWidget(m_script);
    m_layout->addWidget(m_facts);
    m_layout->addWidget(m_outputLabel);
    m_layout->addWidget(m_output);
    m_layout->addWidget(m_status);
    // Spare height goes below everything until there is output to give it to.
    m_layout->addStretch(1);
    m_layout->addWidget(buttons);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ScriptConfirmDialog::showElapsed);
    m_cancelButton->setFocus();
}

ScriptConfirmDialog::~ScriptConfirmDialog() = default;

QWidget* ScriptConfirmDialog::factsWidget()
{
    auto* facts = new QWidget(this);
    auto* form = new QFormLayout(facts);
    form->setContentsMargins(0, 4, 0, 4);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Machine:"), factLabel(m_place.host, facts));
    form->addRow(tr("Account:"), factLabel(m_place.user, facts));
    auto* folder = factLabel(m_place.directory, facts, true);
    folder->setObjectName(u"folderText"_s);
    form->addRow(tr("Folder:"), folder);
    form->addRow(tr("Shell:"), factLabel(runbooks::ScriptRunner::shellCommand().join(u' ') + u" …"_s, facts, true));
    auto* timeout = factLabel(tr("%1, then it is stopped").arg(RunbookText::seconds(m_job.timeout)), facts);
    timeout->setObjectName(u"timeoutText"_s);
    form->addRow(tr("Timeout:"), timeout);
    QStringList environment;
    for (const auto& [name, value] : m_job.environment)
        environment.append(name + u'=' + value);
    auto* added = factLabel(
        environment.isEmpty() ? tr("nothing added") : environment.join(u'\n'), facts, !environment.isEmpty());
    added->setObjectName(u"environmentText"_s);
    form->addRow(tr("Environment:"), added);
    return facts;
}

bool ScriptConfirmDialog::isRunning() const
{
    return m_runner && !m_result;
}

void ScriptConfirmDialog::run()
{
    if (m_runner)
        return;
    m_runner = new runbooks::ScriptRunner(m_job, this);
    connect(m_runner, &runbooks::ScriptRunner::output, this, &ScriptConfirmDialog::showOutput);
    connect(m_runner, &runbooks::ScriptRunner::finished, this, &ScriptConfirmDialog::ended);

    m_heading->setText(tr("Running the script of “%1”").arg(m_stepTitle));
    m_question->hide();
    m_layout->setStretchFactor(m_output, 1);
    m_layout->setStretch(m_layout->count() - 2, 0);
    m_runButton->hide();
    m_cancelButton->hide();
    m_stopButton->show();
    m_stopButton->setFocus();
    m_outputLabel->show();
    m_output->show();
    m_status->show();
    m_status->setStyleSheet(QString());
    m_elapsed.start();
    showElapsed();
    m_ticker.start();
    m_runner->start();
}

void ScriptConfirmDialog::stop()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    m_stopButton->setEnabled(false);
    m_status->setText(tr("Stopping…"));
}

void ScriptConfirmDialog::reject()
{
    if (isRunning()) {
        stop();
        return;
    }
    QDialog::reject();
}

void ScriptConfirmDialog::showOutput(const QString& chunk)
{
    QScrollBar* bar = m_output->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_output->moveCursor(QTextCursor::End);
    m_output->insertPlainText(chunk);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void ScriptConfirmDialog::showElapsed()
{
    if (!isRunning() || m_runner->state() == runbooks::ScriptRunner::State::Stopping)
        return;
    m_status->setText(
        tr("Running for %1 s of at most %2").arg(m_elapsed.elapsed() / 1000).arg(RunbookText::seconds(m_job.timeout)));
}

void ScriptConfirmDialog::ended(const runbooks::ScriptResult& result)
{
    m_result = result;
    m_ticker.stop();
    m_heading->setText(tr("The script of “%1”").arg(m_stepTitle));
    m_stopButton->hide();
    m_closeButton->show();
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
    QString text = RunbookText::outcome(result, m_job.timeout, m_actor);
    text += u" · "_s + tr("took %1").arg(RunbookText::seconds(result.duration));
    if (result.outputCut)
        text += u" · "_s
            + tr("the timeline keeps the last %1 KiB of the output")
                  .arg(std::min(m_job.outputLimit, runbooks::maxEventOutputBytes) / 1024);
    m_status->setText(text);
    m_status->setStyleSheet(
        u"color: %1; font-weight: bold"_s.arg((result.succeeded() ? theme::ok : theme::critical).name()));
    Q_EMIT runFinished(result);
}

} // namespace wk::ui
