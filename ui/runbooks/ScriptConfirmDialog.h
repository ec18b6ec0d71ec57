#pragma once

#include "runbooks/ScriptResult.h"
#include "runbooks/ScriptRunner.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace wk::ui {

// Asks before a runbook script runs, showing exactly what will run and where: the script as written, the machine,
// the account, the folder, the timeout and the environment it adds. Cancel is the default button; nothing runs
// unless Run is pressed. Then the same dialog shows the output as it comes, the time so far and a Stop button;
// at the end, how it ended and a Close button. Closing it while the script runs stops the script first.
class ScriptConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    // `stepTitle` names the step; `actor` is the person, named when they stop the run.
    ScriptConfirmDialog(
        runbooks::ScriptRunner::Job job, const QString& stepTitle, const QString& actor, QWidget* parent = nullptr);
    ~ScriptConfirmDialog() override;

    bool isRunning() const;
    const std::optional<runbooks::ScriptResult>& result() const { return m_result; }
    // The run in progress or done; none before Run.
    const runbooks::ScriptRunner* runner() const { return m_runner; }

    // What the buttons do.
    void run();
    void stop();
    // Esc and the window's close button: while the script runs, they stop it and the dialog stays until it ended.
    void reject() override;

Q_SIGNALS:
    // Once, when a run that was started has ended, however it ended.
    void runFinished(const wk::runbooks::ScriptResult& result);

private:
    void showOutput(const QString& chunk);
    void ended(const runbooks::ScriptResult& result);
    void showElapsed();
    QWidget* factsWidget();

    runbooks::ScriptRunner::Job m_job;
    runbooks::ScriptPlace m_place;
    QString m_stepTitle;
    QString m_actor;
    runbooks::ScriptRunner* m_runner = nullptr;
    std::optional<runbooks::ScriptResult> m_result;
    QElapsedTimer m_elapsed;
    QTimer m_ticker;

    QVBoxLayout* m_layout = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_question = nullptr;
    QPlainTextEdit* m_script = nullptr;
    QWidget* m_facts = nullptr;
    QLabel* m_outputLabel = nullptr;
    QPlainTextEdit* m_output = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace wk::ui
