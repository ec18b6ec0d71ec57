#include "postmortems/PostmortemDraft.h"
#include "store/Database.h"
#include "unit/PostmortemTestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::incidents;
using namespace wk::postmortems;
using wk::testsupport::incidentStart;
using wk::testsupport::ok;

namespace {

Postmortem everythingSet()
{
    Postmortem p;
    p.incidentId = 4;
    p.title = u"Ranker «eu-2» slow ✓"_s;
    p.severity = u"SEV1"_s;
    p.commander = u"zoë"_s;
    p.summary = u"Two lines\nof summary 🚒"_s;
    p.impact = Impact{u"4% of checkouts"_s, 2820, u"18% of the budget"_s, 0.18};
    p.timeline = {{8, incidentStart.addMSecs(61'234), u"bo"_s, u"Note: a | b\nc"_s},
        {16, incidentStart.addSecs(2820), u"ada"_s, u"Status: identified → resolved"_s}};
    p.rootCause = u"batch size"_s;
    p.resolution = u"rollback"_s;
    p.actionItems = {{u"alert on batch size"_s, u"bo"_s, QDate(2026, 3, 15)}, {u"load test"_s, QString(), QDate()}};
    p.lessons = u"deploys need a canary"_s;
    p.mttaSeconds = 240;
    p.mttrSeconds = 2820;
    return p;
}

} // namespace

TEST(PostmortemJson, RoundTripsEveryField)
{
    const Postmortem p = everythingSet();
    const QJsonObject body = toJson(p);
    EXPECT_FALSE(body.contains(u"revision"_s)) << "the store's columns keep the revision and time";
    Postmortem back = ok(postmortemFromJson(body));
    back.incidentId = p.incidentId;
    EXPECT_EQ(back, p);

    Postmortem sparse;
    sparse.title = u"only a title"_s;
    EXPECT_EQ(ok(postmortemFromJson(toJson(sparse))), sparse) << "unset numbers stay unset";
    EXPECT_EQ(ok(postmortemFromJson(QJsonObject{})), Postmortem()) << "missing keys read as empty";
}

TEST(PostmortemJson, NamesTheFieldItCannotRead)
{
    QJsonObject body = toJson(everythingSet());
    body.insert(u"root_cause"_s, 42);
    auto read = postmortemFromJson(body);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, wk::ErrorCode::Parse);
    EXPECT_TRUE(read.error().detail.contains(u"root_cause is not text"_s)) << read.error().detail.toStdString();

    body = toJson(everythingSet());
    QJsonArray actions = body.value(u"action_items"_s).toArray();
    actions.replace(1, QJsonObject{{u"what"_s, u"x"_s}, {u"due"_s, u"next week"_s}});
    body.insert(u"action_items"_s, actions);
    read = postmortemFromJson(body);
    ASSERT_FALSE(read);
    EXPECT_TRUE(read.error().detail.contains(u"action_items[1].due is not a date"_s))
        << read.error().detail.toStdString();

    body = toJson(everythingSet());
    body.insert(u"format"_s, 2);
    read = postmortemFromJson(body);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, wk::ErrorCode::Unsupported);
}

TEST(PostmortemStore, SavesCountsRevisionsAndReadsBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.db"_s);
    auto clock = std::make_shared<wk::ManualClock>(incidentStart);
    qint64 id = 0;
    Postmortem second;
    {
        IncidentStore store = ok(IncidentStore::open(path, clock));
        id = wk::testsupport::writeStoryIncident(store, *clock);
        EXPECT_FALSE(ok(store.postmortem(id)).has_value());

        Postmortem draft = draftFromIncident(ok(store.load(id)), ok(store.responseTimes(id)));
        clock->advance(3'600'000);
        const Postmortem first = ok(store.savePostmortem(draft));
        EXPECT_EQ(first.revision, 1);
        EXPECT_EQ(first.updatedAt, clock->now());
        EXPECT_EQ(ok(store.postmortem(id)), first);

        draft.rootCause = u"the 11:50 deploy"_s;
        draft.actionItems.append({u"canary deploys"_s, u"bo"_s, QDate(2026, 3, 20)});
        clock->advance(1500);
        second = ok(store.savePostmortem(draft));
        EXPECT_EQ(second.revision, 2) << "the store counts, whatever revision the caller had";
        EXPECT_EQ(second.updatedAt, incidentStart.addSecs(47 * 60 + 3600).addMSecs(1500));

        Postmortem orphan = draft;
        orphan.incidentId = id + 1;
        const auto refused = store.savePostmortem(orphan);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, wk::ErrorCode::NotFound);
        EXPECT_FALSE(ok(store.postmortem(id + 1)).has_value());
    }
    IncidentStore reopened = ok(IncidentStore::open(path, clock));
    const auto read = ok(reopened.postmortem(id));
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(*read, second);
    EXPECT_EQ(read->rootCause, u"the 11:50 deploy"_s);
    EXPECT_TRUE(ok(reopened.integrityCheck()));
}

TEST(PostmortemStore, ABodyItCannotReadIsAnIoErrorNamingTheIncident)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.db"_s);
    auto clock = std::make_shared<wk::ManualClock>(incidentStart);
    IncidentStore store = ok(IncidentStore::open(path, clock));
    const qint64 id = wk::testsupport::writeStoryIncident(store, *clock);
    Postmortem p;
    p.incidentId = id;
    ok(store.savePostmortem(p));
    auto raw = wk::store::Database::open(path, IncidentStore::schema());
    ASSERT_TRUE(raw);
    ASSERT_TRUE(raw->exec(u"UPDATE postmortems SET body = '{\"lessons\": []}'"_s));
    const auto read = store.postmortem(id);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, wk::ErrorCode::Io);
    EXPECT_TRUE(read.error().detail.contains(u"postmortem of incident 1"_s)) << read.error().detail.toStdString();
    EXPECT_TRUE(read.error().detail.contains(u"lessons is not text"_s)) << read.error().detail.toStdString();
}
