// The disk fills up while the console runs: on a small filesystem of the test's own (with_small_disk.sh) a filler
// file takes the last byte, then the console is used, then the filler goes. What was saved before stays; what
// could not be saved is said, in words, and kept where it was typed; nothing is sent that was not recorded.
#include "ConsoleSession.h"
#include "FaultsSupport.h"
#include "IncidentTestSupport.h"
#include "alerts/AlertListWidget.h"
#include "alerts/AlertTableModel.h"
#include "archive/AlertArchive.h"
#include "common/UiText.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentsPage.h"
#include "incidents/TimelineModel.h"
#include "outbox/ActionOutbox.h"
#include "outbox/OutboxDispatcher.h"
#include "postmortems/PostmortemEditor.h"
#include "unit/PostmortemTestSupport.h"

#include "../support/SkipWhenMissing.h"
#include "fakes/FakeAlertBackend.h"
#include "fakes/TestActions.h"

#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace wk;
using uitest::waitUntil;

namespace {

// The small filesystem's folder, from with_small_disk.sh; empty when the test runs without one.
QString smallDisk()
{
    return qEnvironmentVariable("WK_SMALL_DISK");
}

// Takes every free byte of the small disk with one file, and gives them back.
class DiskFiller
{
public:
    explicit DiskFiller(const QString& folder)
        : m_path(folder + u"/filler"_s)
    { }
    ~DiskFiller() { release(); }
    DiskFiller(const DiskFiller&) = delete;
    DiskFiller& operator=(const DiskFiller&) = delete;

    // True once a write was refused with ENOSPC: the disk is full.
    bool fill()
    {
        const int fd = ::open(m_path.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (fd < 0)
            return false;
        static const QByteArray block(64 * 1024, 'f');
        bool full = false;
        for (qsizetype size = block.size(); size >= 1 && !full; size /= 2) {
            while (true) {
                const ssize_t written = ::write(fd, block.constData(), size_t(size));
                if (written < 0) {
                    full = errno == ENOSPC && size == 1;
                    break;
                }
            }
        }
        ::fsync(fd);
        ::close(fd);
        return full;
    }
    void release() { QFile::remove(m_path); }

private:
    QString m_path;
};

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class DiskFull : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (smallDisk().isEmpty())
            WK_SKIP_WHEN_MISSING("needs a small filesystem of its own: run through tests/faults/with_small_disk.sh");
        folder
            = smallDisk() + u'/' + QString::fromUtf8(::testing::UnitTest::GetInstance()->current_test_info()->name());
        ASSERT_TRUE(QDir().mkpath(folder));
        filler = std::make_unique<DiskFiller>(smallDisk());
    }
    void TearDown() override
    {
        filler.reset();
        if (!folder.isEmpty())
            QDir(folder).removeRecursively();
    }

    QString folder;
    std::unique_ptr<DiskFiller> filler;
};

alerts::Alert openAlert(const QString& id, const QString& message)
{
    alerts::Alert a;
    a.id = id;
    a.tinyId = id.section(u'-', 1);
    a.message = message;
    a.priority = alerts::Priority::P2;
    a.status = alerts::AlertStatus::Open;
    a.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    return a;
}

} // namespace

// An acknowledgement the outbox cannot write is not sent (it could not be delivered exactly once), and the row
// says why until the person acts again; one already in the outbox waits, shown as pending, and lands once there
// is room.
TEST_F(DiskFull, AnActionThatCannotBeRecordedIsNotSentAndTheRowSaysTheDiskIsFull)
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    fakes::FakeAlertBackend backend(clock,
        {openAlert(u"a-1791"_s, u"fraud-scorer p99 latency above 500 ms"_s),
            openAlert(u"a-1792"_s, u"churn-model accuracy below 0.85"_s)});
    auto outbox = outbox::ActionOutbox::open(folder + u"/outbox.sqlite"_s);
    ASSERT_TRUE(outbox) << outbox.error().detail.toStdString();
    // Fast, except that a failed attempt is tried again a second later: while the disk is full.
    auto options = fakes::TestActions::fastOptions();
    options.settleMs = 1000;
    options.backoffBaseMs = 1000;
    options.backoffMaxMs = 1000;
    outbox::OutboxDispatcher dispatcher(*outbox, backend, u"fake"_s, clock, options);
    ui::AlertListWidget list(backend, dispatcher, clock, u"ada"_s);
    list.resize(1200, 400);
    list.show();
    list.setAlerts(backend.alerts());
    QStringList said;
    QObject::connect(&list, &ui::AlertListWidget::actionFinished, &list, [&said](const QString& t) { said.append(t); });
    ui::AlertTableModel* model = list.model();

    // An acknowledgement of #1792 is in the outbox before the disk fills; the service is unreachable for now.
    backend.refuseNextSend(Error{ErrorCode::Network, u"connection refused"_s, std::nullopt, 0});
    ASSERT_TRUE(list.selectAlert(u"a-1792"_s));
    list.acknowledgeSelected();
    ASSERT_TRUE(waitUntil([&] { return model->isPending(u"a-1792"_s); }));

    ASSERT_TRUE(filler->fill());
    ASSERT_TRUE(list.selectAlert(u"a-1791"_s));
    list.acknowledgeSelected();
    ASSERT_TRUE(waitUntil([&] { return !said.isEmpty(); }));
    EXPECT_TRUE(said.last().contains(u"it could not be recorded (the disk is full), so it was not sent"_s))
        << said.last().toStdString();
    EXPECT_TRUE(model->failure(u"a-1791"_s).contains(u"the disk is full"_s))
        << model->failure(u"a-1791"_s).toStdString();
    // The earlier one is neither lost nor failed: it cannot record its next attempt, so it does not make it, and
    // waits, pending.
    waitUntil([] { return false; }, 2'500);
    EXPECT_TRUE(model->isPending(u"a-1792"_s));
    EXPECT_TRUE(model->failure(u"a-1792"_s).isEmpty()) << model->failure(u"a-1792"_s).toStdString();
    EXPECT_TRUE(backend.submitted().isEmpty()) << "an action went out whose attempt was not recorded";

    filler->release();
    // The earlier acknowledgement goes out and lands, once.
    ASSERT_TRUE(waitUntil([&] { return backend.pendingCount() == 1; }, 10'000));
    backend.completeNext();
    ASSERT_TRUE(waitUntil([&] { return !model->lastLanded(u"a-1792"_s).isEmpty(); }, 10'000));
    // Acting again on #1791 now works.
    list.acknowledgeSelected();
    ASSERT_TRUE(waitUntil([&] { return backend.pendingCount() == 1; }, 10'000));
    backend.completeNext();
    ASSERT_TRUE(waitUntil([&] { return !model->lastLanded(u"a-1791"_s).isEmpty(); }, 10'000));
    EXPECT_EQ(backend.submitted().size(), 2);
}

// A note that cannot be written stays in the box and the view says the disk is full; once there is room the
// same words go in.
TEST_F(DiskFull, ANoteThatCannotBeWrittenStaysInTheBoxAndSaysTheDiskIsFull)
{
    auto clock = std::make_shared<ManualClock>(uitest::incidentMorning());
    fakes::FakeAlertBackend alerts(*clock, uitest::fraudAlerts());
    QObject context;
    bool opened = false;
    incidents::IncidentService service(
        folder + u"/incidents.sqlite"_s, clock, &context, [&opened](Result<void> r) { opened = r.has_value(); });
    ASSERT_TRUE(waitUntil([&] { return opened; }));
    ui::IncidentDesk::Options options;
    options.user = u"ada"_s;
    options.backend = u"fake"_s;
    options.activityRefreshMs = 3'600'000;
    ui::IncidentDesk desk(service, alerts, *clock, runbooks::RunbookLibrary(), options);
    ui::IncidentsPage page(desk);
    page.resize(1400, 640);
    page.show();
    page.openIncident(incidents::incidentFromAlerts(uitest::fraudAlerts()), uitest::fraudAlerts());
    ASSERT_TRUE(waitUntil([&] { return page.view()->incidentId() != 0 && page.view()->timeline()->rowCount() >= 3; }));
    const int rowsBefore = page.view()->timeline()->rowCount();

    ASSERT_TRUE(filler->fill());
    page.view()->noteEditor()->setPlainText(u"rolled back fraud-scorer to v41"_s);
    page.view()->addNote();
    ASSERT_TRUE(waitUntil([&] { return !page.view()->problemText().isEmpty(); }));
    EXPECT_TRUE(page.view()->problemText().contains(u"The note was not saved"_s))
        << page.view()->problemText().toStdString();
    EXPECT_TRUE(page.view()->problemText().contains(u"the disk is full"_s)) << page.view()->problemText().toStdString();
    EXPECT_EQ(page.view()->noteEditor()->toPlainText(), u"rolled back fraud-scorer to v41"_s);
    EXPECT_EQ(page.view()->timeline()->rowCount(), rowsBefore);

    filler->release();
    page.view()->addNote();
    ASSERT_TRUE(waitUntil([&] { return page.view()->timeline()->rowCount() == rowsBefore + 1; }))
        << page.view()->problemText().toStdString();
    EXPECT_TRUE(page.view()->problemText().isEmpty()) << page.view()->problemText().toStdString();
}

// The postmortem keeps its text on screen and retries while the disk is full, then saves it.
TEST_F(DiskFull, APostmortemKeepsItsTextAndSavesItOnceThereIsRoom)
{
    const QString path = folder + u"/incidents.sqlite"_s;
    auto clock = std::make_shared<ManualClock>(testsupport::incidentStart);
    qint64 incidentId = 0;
    {
        auto store = incidents::IncidentStore::open(path, clock);
        ASSERT_TRUE(store) << store.error().detail.toStdString();
        incidentId = testsupport::writeStoryIncident(*store, *clock);
    }
    clock->set(QDateTime::currentDateTimeUtc());
    QObject context;
    incidents::IncidentService service(path, clock, &context, incidents::IncidentService::Done<void>());
    auto* editor = new ui::PostmortemEditor(service, incidentId, QString());
    editor->resize(1200, 800);
    editor->show();
    ASSERT_TRUE(waitUntil([&] { return editor->isLoaded(); }));
    ASSERT_TRUE(waitUntil(
        [&] {
            return editor->statusText().startsWith(u"Saved at "_s) || editor->statusText().startsWith(u"A new draft"_s);
        },
        5'000));
    // Exports made while there was room.
    const QString markdown = folder + u"/postmortem.md"_s;
    const QString pdf = folder + u"/postmortem.pdf"_s;
    ASSERT_TRUE(editor->exportMarkdown(markdown));
    ASSERT_TRUE(editor->exportPdf(pdf));
    const QByteArray markdownBefore = contentsOf(markdown);
    const QByteArray pdfBefore = contentsOf(pdf);

    ASSERT_TRUE(filler->fill());
    auto* rootCause = editor->findChild<QPlainTextEdit*>(u"rootCauseEdit"_s);
    ASSERT_NE(rootCause, nullptr);
    QTest::keyClicks(rootCause, u"a feature store went stale after the 02:00 deploy"_s);
    ASSERT_TRUE(waitUntil([&] { return editor->statusText().startsWith(u"Not saved: "_s); }, 8'000))
        << editor->statusText().toStdString();
    EXPECT_EQ(editor->statusText(), u"Not saved: the disk is full — retrying"_s);
    EXPECT_EQ(rootCause->toPlainText(), u"a feature store went stale after the 02:00 deploy"_s);

    // Exporting now fails and says why; the files exported before are whole. (A failed write may give back a
    // page or two, so the disk is filled again first.)
    ASSERT_TRUE(filler->fill());
    const auto md = editor->exportMarkdown(markdown);
    ASSERT_FALSE(md);
    EXPECT_EQ(ui::errorText(md.error()), u"the disk is full"_s) << md.error().detail.toStdString();
    ASSERT_TRUE(filler->fill());
    const auto printed = editor->exportPdf(pdf);
    ASSERT_FALSE(printed);
    EXPECT_EQ(ui::errorText(printed.error()), u"the disk is full"_s) << printed.error().detail.toStdString();
    EXPECT_TRUE(contentsOf(markdown) == markdownBefore);
    EXPECT_TRUE(contentsOf(pdf) == pdfBefore);

    filler->release();
    ASSERT_TRUE(waitUntil([&] { return editor->statusText().startsWith(u"Saved at "_s); }, 10'000))
        << editor->statusText().toStdString();
    delete editor;
    auto store = incidents::IncidentStore::open(path, clock);
    ASSERT_TRUE(store);
    const auto saved = store->postmortem(incidentId);
    ASSERT_TRUE(saved && *saved);
    EXPECT_EQ((*saved)->rootCause, u"a feature store went stale after the 02:00 deploy"_s);
}

// The archive cannot write what the console polled while the disk is full; it keeps what it had and catches up
// with the alerts as they are at the next poll once there is room.
TEST_F(DiskFull, TheArchiveKeepsWhatItHadAndCatchesUpAfterwards)
{
    auto archive = archive::AlertArchive::open(folder + u"/archive.sqlite"_s);
    ASSERT_TRUE(archive) << archive.error().detail.toStdString();
    ASSERT_TRUE(archive->observe({openAlert(u"a-1791"_s, u"fraud-scorer p99 latency above 500 ms"_s)}));

    ASSERT_TRUE(filler->fill());
    alerts::Alert acknowledged = openAlert(u"a-1791"_s, u"fraud-scorer p99 latency above 500 ms"_s);
    acknowledged.status = alerts::AlertStatus::Acknowledged;
    acknowledged.acknowledgedAt = QDateTime::currentDateTimeUtc();
    acknowledged.acknowledgedBy = u"ada"_s;
    const auto refused = archive->observe({acknowledged, openAlert(u"a-1792"_s, u"churn-model accuracy"_s)});
    ASSERT_FALSE(refused);
    EXPECT_EQ(ui::errorText(refused.error()), u"the disk is full"_s) << refused.error().detail.toStdString();
    const auto kept = archive->alerts({});
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->size(), 1);

    filler->release();
    ASSERT_TRUE(archive->observe({acknowledged, openAlert(u"a-1792"_s, u"churn-model accuracy"_s)}));
    const auto after = archive->alerts({});
    ASSERT_TRUE(after);
    EXPECT_EQ(after->size(), 2);
    const auto history = archive->history(u"a-1791"_s);
    ASSERT_TRUE(history);
    EXPECT_GE(history->size(), 2) << "the acknowledgement is in its history";
}

// The window's layout cannot be remembered on a full disk: nothing is said, and the layout saved before stays.
TEST_F(DiskFull, SettingsThatCannotBeWrittenKeepTheEarlierOnes)
{
    const QString file = folder + u"/watchkeeper.conf"_s;
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(u"window/tier"_s, 2);
    }
    const QByteArray before = contentsOf(file);
    ASSERT_FALSE(before.isEmpty());
    ASSERT_TRUE(filler->fill());
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(u"window/tier"_s, 4);
        settings.setValue(u"window/geometry"_s, QByteArray(8192, 'g'));
        settings.sync();
        EXPECT_EQ(settings.status(), QSettings::AccessError);
    }
    EXPECT_TRUE(contentsOf(file) == before);
    filler->release();
}

// The weekly report job writes its file whole or not at all, and says why.
TEST_F(DiskFull, TheReportCommandSaysTheDiskIsFullAndWritesNoHalfFile)
{
    QTemporaryDir elsewhere; // the archive on a disk with room; the report written to the full one
    const QString archivePath = elsewhere.filePath(u"archive.sqlite"_s);
    {
        auto archive = archive::AlertArchive::open(archivePath);
        ASSERT_TRUE(archive);
        alerts::Alert closed = openAlert(u"a-1791"_s, u"fraud-scorer p99 latency above 500 ms"_s);
        closed.team = u"ml-platform"_s;
        ASSERT_TRUE(archive->observe({closed}));
        closed.status = alerts::AlertStatus::Closed;
        closed.closedAt = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(archive->observe({closed}));
    }
    const QString output = folder + u"/week.csv"_s;
    ASSERT_TRUE(filler->fill());
    QProcess report;
    report.start(QStringLiteral(WK_WATCHKEEPER_BIN),
        {u"report"_s, u"--since"_s, u"7d"_s, u"--archive"_s, archivePath, u"--format"_s, u"csv"_s, u"--output"_s,
            output});
    ASSERT_TRUE(report.waitForFinished(30'000));
    const QString stderrText = QString::fromUtf8(report.readAllStandardError());
    std::printf("[   info   ] report on a full disk: exit %d: %s\n", report.exitCode(), qPrintable(stderrText));
    EXPECT_EQ(report.exitCode(), 1);
    EXPECT_TRUE(stderrText.contains(u"No space left on device"_s)) << stderrText.toStdString();
    EXPECT_FALSE(QFile::exists(output)) << "a half-written report was left behind";
    filler->release();
}

// The console started when the disk is already full: SQLite cannot even make the side files it reads through, so
// no store opens. The console says so for each file (the disk is full, not the file damaged), starts, and works
// from memory.
TEST_F(DiskFull, TheConsoleStartingOnAFullDiskSaysWhichFilesItCannotOpenAndWorksOn)
{
    const QString data = folder + u"/data"_s;
    {
        // A data folder from an earlier session.
        ASSERT_TRUE(QDir().mkpath(data));
        auto outbox = outbox::ActionOutbox::open(data + u"/outbox.sqlite"_s);
        ASSERT_TRUE(outbox);
        auto archive = archive::AlertArchive::open(data + u"/archive.sqlite"_s);
        ASSERT_TRUE(archive);
        ASSERT_TRUE(incidents::IncidentStore::open(data + u"/incidents.sqlite"_s, std::make_shared<SystemClock>()));
    }
    ASSERT_TRUE(filler->fill());
    qputenv("WATCHKEEPER_DATA_DIR", data.toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    faults::DialogWatcher dialogs;
    app::Options options;
    options.demo = true;
    options.user = u"ada"_s;
    ui::MainWindow* window = nullptr;
    {
        app::ConsoleSession session(options);
        session.start([&window](ui::MainWindow& w) { window = &w; });
        ASSERT_TRUE(waitUntil([&] { return window != nullptr && dialogs.texts.size() >= 3; }, 20'000))
            << dialogs.texts.join(u"\n"_s).toStdString();
        for (const QString& text : std::as_const(dialogs.texts))
            std::printf("[   info   ] %s\n", qPrintable(text));
        const QString said = dialogs.texts.join(u"\n"_s);
        for (const QString& file : {u"outbox.sqlite"_s, u"incidents.sqlite"_s, u"archive.sqlite"_s}) {
            EXPECT_TRUE(said.contains(data + u'/' + file + u" could not be opened (cannot open "_s + data + u'/' + file
                + u" because the disk is full"_s))
                << file.toStdString();
        }
        ASSERT_TRUE(waitUntil([&] { return window->alertList()->model()->rowCount() > 0; }, 15'000));
    }
    qunsetenv("WATCHKEEPER_DATA_DIR");
}
