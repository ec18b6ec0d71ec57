// Kills a process that is writing to the outbox at random moments and checks that nothing it reported as written
// is lost or torn, and that the file stays healthy and writable.
#include "CrashAction.h"
#include "outbox/ActionOutbox.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using wk::outbox::ActionOutbox;

namespace {

QStringList completeLines(const QByteArray& output)
{
    QStringList lines = QString::fromUtf8(output).split(u'\n');
    lines.removeLast(); // empty after a final newline, or a line the kill cut short
    return lines;
}

void expectIntact(const wk::outbox::OutboxRecord& record, const QString& actionId)
{
    const auto wanted = wk::crashtest::crashAction(actionId);
    const auto& stored = record.action;
    EXPECT_EQ(record.backend, wk::crashtest::backend);
    EXPECT_EQ(stored.kind, wanted.kind);
    EXPECT_EQ(stored.alertId, wanted.alertId);
    EXPECT_EQ(stored.user, wanted.user);
    EXPECT_EQ(stored.note, wanted.note);
    EXPECT_EQ(stored.snoozeUntil, wanted.snoozeUntil);
    EXPECT_EQ(stored.assignee, wanted.assignee);
    EXPECT_EQ(stored.assignee.isNull(), wanted.assignee.isNull());
    EXPECT_EQ(stored.escalation, wanted.escalation);
    EXPECT_EQ(stored.escalation.isNull(), wanted.escalation.isNull());
    EXPECT_EQ(stored.tags, wanted.tags);
    EXPECT_EQ(stored.requestedAt, wanted.requestedAt);
}

} // namespace

TEST(OutboxCrash, KilledWriterLosesNothingItReported)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"outbox.db"_s);
    QStringList everyId;
    int killed = 0;

    for (int run = 0; run < 25; ++run) {
        QProcess writer;
        writer.setProgram(QString::fromUtf8(WK_OUTBOX_WRITER));
        writer.setArguments({path, u"1000000"_s});
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start();
        ASSERT_TRUE(writer.waitForStarted(10'000)) << writer.errorString().toStdString();
        const int delay = QRandomGenerator::global()->bounded(20, 301);
        if (!writer.waitForFinished(delay)) {
            writer.kill(); // SIGKILL: no destructors, no flush, no checkpoint
            ASSERT_TRUE(writer.waitForFinished(10'000));
            ++killed;
        }
        const QStringList ids = completeLines(writer.readAllStandardOutput());
        ASSERT_EQ(writer.exitStatus(), QProcess::CrashExit)
            << "the writer stopped by itself: " << writer.readAllStandardError().toStdString();

        auto outbox = ActionOutbox::open(path);
        ASSERT_TRUE(outbox) << "run " << run << ": " << outbox.error().detail.toStdString();
        for (const QString& id : ids) {
            auto found = outbox->find(id);
            ASSERT_TRUE(found) << found.error().detail.toStdString();
            ASSERT_TRUE(found->has_value()) << "run " << run << " after " << delay << " ms: lost " << id.toStdString();
            expectIntact(**found, id);
        }
        auto healthy = outbox->integrityCheck();
        ASSERT_TRUE(healthy);
        EXPECT_TRUE(*healthy) << "run " << run;

        wk::alerts::AlertAction probe
            = wk::crashtest::crashAction(u"c0ffee00-0000-4000-8000-%1"_s.arg(run, 12, 10, QChar(u'0')));
        auto added = outbox->add(probe, wk::crashtest::backend, QDateTime::currentDateTimeUtc());
        ASSERT_TRUE(added) << added.error().detail.toStdString();
        auto reread = outbox->find(probe.actionId);
        ASSERT_TRUE(reread && reread->has_value());
        expectIntact(**reread, probe.actionId);
        everyId += ids;
    }

    // Every earlier run's actions are still there at the end, not only the last run's.
    auto outbox = ActionOutbox::open(path);
    ASSERT_TRUE(outbox);
    for (const QString& id : std::as_const(everyId)) {
        auto found = outbox->find(id);
        ASSERT_TRUE(found && found->has_value()) << "lost " << id.toStdString();
    }
    EXPECT_EQ(killed, 25);
    EXPECT_GT(everyId.size(), 0) << "the writer never got as far as one add; the test proved nothing";
    std::printf("25 kills, %lld actions reported written, all present\n", static_cast<long long>(everyId.size()));
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
