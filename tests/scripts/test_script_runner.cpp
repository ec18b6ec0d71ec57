// A runbook script run for real: its output and exit code, a timeout, a cancel that reaches the children it
// started, the bound on the output it keeps, and nothing at all before start().
#include "runbooks/ScriptRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using wk::runbooks::ScriptResult;
using wk::runbooks::ScriptRunner;

namespace {

bool waitFor(const std::function<bool()>& done, int timeoutMs = 10'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return done();
}

// The state letter and process group of a process, from /proc; nothing when it is gone.
std::optional<std::pair<char, qint64>> procStat(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = stat.readAll();
    // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so read after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 3 || fields.at(0).isEmpty())
        return std::nullopt;
    return std::pair{fields.at(0).at(0), fields.at(2).toLongLong()};
}

// A zombie is dead: it only waits for whoever adopted it to collect it.
bool alive(qint64 pid)
{
    const auto stat = procStat(pid);
    return stat && stat->first != 'Z';
}

QList<qint64> liveMembers(qint64 group)
{
    QList<qint64> members;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        if (const auto stat = procStat(pid); stat && stat->second == group && stat->first != 'Z')
            members.append(pid);
    }
    return members;
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

class ScriptRunnerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(dir.isValid()); }

    ScriptRunner::Job job(const QString& script) const
    {
        ScriptRunner::Job j;
        j.script = script;
        j.workingDirectory = dir.path();
        return j;
    }

    // Starts the runner and waits for its one finished(); the output signal's chunks go to `live`.
    std::optional<ScriptResult> run(ScriptRunner& runner, int timeoutMs = 10'000)
    {
        connect(runner);
        EXPECT_TRUE(runner.start());
        EXPECT_TRUE(waitFor([&] { return results > 0; }, timeoutMs)) << "no finished() within " << timeoutMs << " ms";
        return result;
    }

    void connect(ScriptRunner& runner)
    {
        QObject::connect(&runner, &ScriptRunner::output, &context, [this](const QString& chunk) { live += chunk; });
        QObject::connect(&runner, &ScriptRunner::finished, &context, [this](const ScriptResult& r) {
            result = r;
            ++results;
        });
    }

    QTemporaryDir dir;
    QObject context;
    QString live;
    std::optional<ScriptResult> result;
    int results = 0;
};

} // namespace

TEST_F(ScriptRunnerTest, RunsInTheFolderWithTheAddedEnvironmentAndMergesOutput)
{
    ScriptRunner::Job j = job(u"#!/bin/bash\necho \"incident $WK_INCIDENT_ID\"\necho 'to stderr' >&2\npwd\n"_s);
    j.environment = {{u"WK_INCIDENT_ID"_s, u"42"_s}};
    ScriptRunner runner(j);
    const auto r = run(runner);
    ASSERT_TRUE(r);

    EXPECT_TRUE(r->succeeded());
    EXPECT_EQ(r->exitCode, 0);
    EXPECT_FALSE(r->timedOut);
    EXPECT_FALSE(r->cancelled);
    EXPECT_EQ(r->output, u"incident 42\nto stderr\n"_s + QDir(dir.path()).canonicalPath() + u'\n');
    EXPECT_EQ(live, r->output);
    EXPECT_EQ(r->outputBytes, r->output.toUtf8().size());
    EXPECT_FALSE(r->outputCut);
    EXPECT_EQ(r->script, j.script);
    EXPECT_EQ(r->place.directory, QDir::cleanPath(dir.path()));
    EXPECT_FALSE(r->place.host.isEmpty());
    EXPECT_FALSE(r->place.user.isEmpty());
    EXPECT_TRUE(r->place.text().startsWith(u"on "_s + r->place.host + u" as "_s + r->place.user + u" in "_s));
    EXPECT_GT(runner.processGroup(), 0);
    EXPECT_EQ(runner.state(), ScriptRunner::State::Finished);
    EXPECT_EQ(results, 1);
}

TEST_F(ScriptRunnerTest, StopsAtTheFirstFailingCommandWithItsExitCode)
{
    ScriptRunner failing(job(u"echo before\ngrep -q nothing /dev/null\necho after\n"_s));
    const auto r = run(failing);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->exitCode, 1);
    EXPECT_FALSE(r->succeeded());
    EXPECT_EQ(r->output, u"before\n"_s); // -e: the script stopped there

    results = 0;
    live.clear();
    ScriptRunner exiting(job(u"echo unset: ${NOT_SET_ANYWHERE}\n"_s));
    const auto unset = run(exiting);
    ASSERT_TRUE(unset);
    EXPECT_NE(unset->exitCode.value_or(0), 0); // -u: an unset variable is an error, not an empty string
    EXPECT_TRUE(unset->output.contains(u"NOT_SET_ANYWHERE"_s)) << unset->output.toStdString();

    results = 0;
    ScriptRunner seven(job(u"exit 7"_s));
    EXPECT_EQ(run(seven)->exitCode, 7);
}

TEST_F(ScriptRunnerTest, TimesOutAndLeavesNothingRunning)
{
    ScriptRunner::Job j = job(u"echo started\nsleep 30\n"_s);
    j.timeout = 1s;
    ScriptRunner runner(j);
    QElapsedTimer clock;
    clock.start();
    const auto r = run(runner, 8'000);
    ASSERT_TRUE(r);

    EXPECT_LT(clock.elapsed(), 5'000);
    EXPECT_TRUE(r->timedOut);
    EXPECT_FALSE(r->cancelled);
    EXPECT_FALSE(r->exitCode.has_value()); // SIGTERM ended it
    EXPECT_FALSE(r->succeeded());
    EXPECT_GE(r->duration, 1s);
    EXPECT_EQ(r->output, u"started\n"_s);
    EXPECT_TRUE(waitFor([&] { return liveMembers(runner.processGroup()).isEmpty(); }, 2'000));
}

TEST_F(ScriptRunnerTest, CancelStopsTheChildrenItStartedToo)
{
    const QString pidFile = dir.filePath(u"child.pid"_s);
    ScriptRunner runner(job(u"sleep 30 &\necho $! > child.pid\nwait\n"_s));
    connect(runner);
    ASSERT_TRUE(runner.start());
    ASSERT_TRUE(waitFor([&] { return !readText(pidFile).isEmpty(); }));
    const qint64 child = readText(pidFile).toLongLong();
    const qint64 group = runner.processGroup();
    ASSERT_GT(child, 0);
    ASSERT_TRUE(alive(child));
    ASSERT_EQ(procStat(child)->second, group); // the child is in the script's own group, not the test's
    EXPECT_NE(group, static_cast<qint64>(::getpgrp()));

    runner.cancel();
    ASSERT_TRUE(waitFor([&] { return results > 0; }, 6'000));
    EXPECT_TRUE(result->cancelled);
    EXPECT_FALSE(result->timedOut);
    EXPECT_FALSE(result->succeeded());
    EXPECT_TRUE(waitFor([&] { return !alive(child) && liveMembers(group).isEmpty(); }, 2'000))
        << "left running: " << liveMembers(group).size();
    runner.cancel(); // after the end: nothing happens
    QCoreApplication::processEvents();
    EXPECT_EQ(results, 1);
}

TEST_F(ScriptRunnerTest, KillsWhatIgnoresTheTermSignalAfterTheGrace)
{
    ScriptRunner::Job j = job(u"trap '' TERM\nsleep 30 &\necho $! > child.pid\nwait\n"_s);
    j.killGrace = 500ms;
    ScriptRunner runner(j);
    connect(runner);
    ASSERT_TRUE(runner.start());
    ASSERT_TRUE(waitFor([&] { return !readText(dir.filePath(u"child.pid"_s)).isEmpty(); }));
    const qint64 child = readText(dir.filePath(u"child.pid"_s)).toLongLong();

    QElapsedTimer clock;
    clock.start();
    runner.cancel();
    ASSERT_TRUE(waitFor([&] { return results > 0; }, 5'000));
    EXPECT_GE(clock.elapsed(), 400);
    EXPECT_TRUE(result->cancelled);
    EXPECT_TRUE(waitFor([&] { return !alive(child) && liveMembers(runner.processGroup()).isEmpty(); }, 2'000));
}

TEST_F(ScriptRunnerTest, StopsWhatTheScriptLeftRunningWhenItEnds)
{
    ScriptRunner runner(job(u"sleep 30 &\necho $! > child.pid\necho done\n"_s));
    const auto r = run(runner);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->exitCode, 0);
    EXPECT_TRUE(r->succeeded());
    const qint64 child = readText(dir.filePath(u"child.pid"_s)).toLongLong();
    ASSERT_GT(child, 0);
    EXPECT_TRUE(waitFor([&] { return !alive(child); }, 2'000));
}

TEST_F(ScriptRunnerTest, KeepsTheLastOutputWithinTheBound)
{
    // 200 KiB of 'x', then the line that matters.
    ScriptRunner::Job j = job(u"head -c 204800 /dev/zero | tr '\\0' x\necho\necho 'the end'\n"_s);
    j.outputLimit = 1024;
    ScriptRunner runner(j);
    const auto r = run(runner);
    ASSERT_TRUE(r);

    EXPECT_EQ(r->exitCode, 0);
    EXPECT_TRUE(r->outputCut);
    EXPECT_EQ(r->outputBytes, 204800 + 1 + 8);
    EXPECT_EQ(r->output.size(), 1024);
    EXPECT_TRUE(r->output.endsWith(u"x\nthe end\n"_s));
    EXPECT_EQ(live.size(), 204800 + 1 + 8); // the live view saw everything
}

TEST_F(ScriptRunnerTest, NothingRunsBeforeStartAndOnlyOnce)
{
    const QString marker = dir.filePath(u"ran"_s);
    {
        ScriptRunner never(job(u"touch ran"_s));
        connect(never);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 300)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        EXPECT_EQ(never.state(), ScriptRunner::State::Ready);
        EXPECT_EQ(never.processGroup(), 0);
    }
    EXPECT_FALSE(QFile::exists(marker));
    EXPECT_EQ(results, 0);

    ScriptRunner once(job(u"echo x >> ran"_s));
    ASSERT_TRUE(run(once));
    EXPECT_FALSE(once.start());
    QCoreApplication::processEvents();
    EXPECT_EQ(readText(marker), u"x"_s);
    EXPECT_EQ(results, 1);
}

TEST_F(ScriptRunnerTest, AMissingFolderRunsNothingAndSaysWhy)
{
    ScriptRunner::Job j = job(u"touch ran"_s);
    j.workingDirectory = dir.filePath(u"no/such/folder"_s);
    ScriptRunner runner(j);
    const auto r = run(runner);
    ASSERT_TRUE(r);
    ASSERT_TRUE(r->startError.has_value());
    EXPECT_EQ(r->startError->code, wk::ErrorCode::NotFound);
    EXPECT_FALSE(r->exitCode.has_value());
    EXPECT_FALSE(r->succeeded());
    EXPECT_EQ(runner.processGroup(), 0);
}

TEST_F(ScriptRunnerTest, DestroyingARunningRunnerKillsItsGroup)
{
    qint64 child = 0;
    qint64 group = 0;
    {
        ScriptRunner runner(job(u"sleep 30 &\necho $! > child.pid\nwait\n"_s));
        connect(runner);
        ASSERT_TRUE(runner.start());
        ASSERT_TRUE(waitFor([&] { return !readText(dir.filePath(u"child.pid"_s)).isEmpty(); }));
        child = readText(dir.filePath(u"child.pid"_s)).toLongLong();
        group = runner.processGroup();
    }
    EXPECT_TRUE(waitFor([&] { return !alive(child) && liveMembers(group).isEmpty(); }, 2'000));
    QCoreApplication::processEvents();
    EXPECT_EQ(results, 0); // nobody is told: the runner is gone
}
