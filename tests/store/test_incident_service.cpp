// The incident store seen from the GUI thread: calls return at once, the work runs on the store's own thread, and
// the answers come back on the caller's thread in the order the calls were made.
#include "common/Clock.h"
#include "incidents/IncidentService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::incidents;

namespace {

// Runs the event loop until `done` says so, or 10 s pass.
bool waitFor(const std::function<bool()>& done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

} // namespace

TEST(IncidentService, AnswersOnTheCallingThreadInOrder)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.db"_s);
    QObject context;
    QThread* const caller = QThread::currentThread();
    QStringList order;
    const QThread* worker = nullptr;
    std::optional<wk::Result<void>> opened;
    qint64 id = 0;
    {
        IncidentService service(path, std::make_shared<wk::SystemClock>(), &context, [&](wk::Result<void> result) {
            EXPECT_EQ(QThread::currentThread(), caller);
            opened = result;
            order.append(u"opened"_s);
        });
        worker = service.workerThread();
        EXPECT_NE(worker, caller);

        NewIncident draft;
        draft.title = u"Async incident ✓"_s;
        draft.alerts = {{u"a-1"_s, u"11"_s}};
        service.create(draft, u"ada"_s, &context, [&](wk::Result<Incident> created) {
            EXPECT_EQ(QThread::currentThread(), caller);
            ASSERT_TRUE(created) << created.error().detail.toStdString();
            id = created->id;
            order.append(u"created"_s);
            // Calls made from an answer queue behind the ones already made.
            service.addNote(id, u"from the answer"_s, u"ada"_s, &context, [&](wk::Result<TimelineEvent> note) {
                ASSERT_TRUE(note);
                EXPECT_EQ(note->seq, 4);
                order.append(u"note"_s);
            });
        });
        // The incident has id 1 in a new file; the calls below run after create on the worker.
        service.changeStatus(
            1, IncidentStatus::Acknowledged, u"ada"_s, QString(), &context, [&](wk::Result<Incident> changed) {
                ASSERT_TRUE(changed) << changed.error().detail.toStdString();
                EXPECT_EQ(changed->status, IncidentStatus::Acknowledged);
                order.append(u"acknowledged"_s);
            });
        bool ranOnWorker = false;
        service.run<int>(
            &context,
            [&](IncidentStore& store) -> wk::Result<int> {
                ranOnWorker = QThread::currentThread() == worker;
                return static_cast<int>(store.list()->size());
            },
            [&](wk::Result<int> count) {
                EXPECT_EQ(*count, 1);
                order.append(u"counted"_s);
            });
        ASSERT_TRUE(waitFor([&] { return order.size() == 5; })) << order.join(u", "_s).toStdString();
        EXPECT_TRUE(ranOnWorker);
        EXPECT_EQ(order, (QStringList{u"opened"_s, u"created"_s, u"acknowledged"_s, u"counted"_s, u"note"_s}));
        ASSERT_TRUE(opened && *opened);

        std::optional<IncidentWithTimeline> loaded;
        service.load(id, &context, [&](wk::Result<IncidentWithTimeline> result) { loaded = *result; });
        ASSERT_TRUE(waitFor([&] { return loaded.has_value(); }));
        EXPECT_EQ(loaded->timeline.size(), 4);
        EXPECT_EQ(loaded->incident.alerts.size(), 1);

        // Destroying the service finishes what was queued: this note is written although nobody hears back.
        service.addNote(id, u"written at shutdown"_s, u"ada"_s, &context,
            [&](wk::Result<TimelineEvent>) { ADD_FAILURE() << "an answer arrived after the service was gone"; });
    }
    QCoreApplication::processEvents();
    auto store = IncidentStore::open(path, nullptr);
    ASSERT_TRUE(store);
    auto events = store->timeline(id);
    ASSERT_TRUE(events);
    ASSERT_EQ(events->size(), 5);
    EXPECT_EQ(events->last().note, u"written at shutdown"_s);
}

TEST(IncidentService, ReportsAFileItCannotOpenAndFailsEveryCall)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"not-a-db"_s);
    QFile junk(path);
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("this is not SQLite at all, just words");
    junk.close();

    QObject context;
    std::optional<wk::Result<void>> opened;
    std::optional<wk::Result<QList<Incident>>> listed;
    IncidentService service(path, nullptr, &context, [&](wk::Result<void> result) { opened = result; });
    service.list(&context, [&](wk::Result<QList<Incident>> result) { listed = result; });
    ASSERT_TRUE(waitFor([&] { return opened && listed; }));
    ASSERT_FALSE(*opened);
    EXPECT_TRUE(opened->error().detail.contains(u"not a SQLite database"_s)) << opened->error().detail.toStdString();
    ASSERT_FALSE(*listed);
    EXPECT_EQ(listed->error().detail, opened->error().detail);
}

TEST(IncidentService, DropsAnswersForAContextThatIsGone)
{
    QObject keeper;
    bool opened = false;
    IncidentService service(u":memory:"_s, nullptr, &keeper, [&](wk::Result<void> r) { opened = bool(r); });
    bool answered = false;
    {
        QObject gone;
        service.list(&gone, [&](wk::Result<QList<Incident>>) { answered = true; });
    }
    bool after = false;
    service.list(&keeper, [&](wk::Result<QList<Incident>>) { after = true; });
    ASSERT_TRUE(waitFor([&] { return after; }));
    EXPECT_TRUE(opened);
    EXPECT_FALSE(answered);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
