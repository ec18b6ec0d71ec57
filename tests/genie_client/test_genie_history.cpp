// What happened to one alert, read from Opsgenie's and JSM Ops' activity log and notes: every page, oldest first,
// each line read as an event with who and when, the lines about anything else left out.
#include "GenieClientSupport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::genietest;
using alerts::AlertLogEntry;
using alerts::AlertLogKind;

namespace {

class GenieHistory : public ::testing::TestWithParam<FakeVendor>, public GenieFixture
{
protected:
    Result<QList<AlertLogEntry>> history(alerts::AlertBackend& backend, const QString& id)
    {
        return await<QList<AlertLogEntry>>([&](QObject* c, auto done) { backend.history(id, c, std::move(done)); });
    }

    alerts::AlertAction action(alerts::ActionKind kind, const QString& id, const QString& user)
    {
        alerts::AlertAction a;
        a.kind = kind;
        a.alertId = id;
        a.user = user;
        return a;
    }

    // Sends the action and has the fake apply it a minute after the one before, so each has its own time.
    void apply(alerts::AlertBackend& backend, const alerts::AlertAction& a)
    {
        const auto receipt = send(backend, a);
        ASSERT_TRUE(receipt) << text(receipt.error());
        m_now = m_now.addSecs(60);
        server().processPending();
    }

    // The fake's clock, moved by apply().
    void holdTheClock()
    {
        m_now = QDateTime::fromSecsSinceEpoch(server().now().toSecsSinceEpoch(), Qt::UTC);
        server().setClock([this] { return m_now; });
    }

    QDateTime m_now;
};

QList<AlertLogKind> kindsOf(const QList<AlertLogEntry>& entries)
{
    QList<AlertLogKind> kinds;
    for (const AlertLogEntry& e : entries)
        kinds.append(e.kind);
    return kinds;
}

} // namespace

TEST_P(GenieHistory, ActionsTakenOnTheServiceComeBackAsEventsWithWhoAndWhen)
{
    auto& server = start(GetParam(), 60'000);
    holdTheClock();
    fakegenie::FakeAlert created = alertWith(u"Feature drift PSI 0.31 on fraud-scorer (feature: amount_log)"_s);
    created.createdAt = server.now().addSecs(-3600);
    const QString id = server.addAlert(created);
    auto backend = this->backend();
    using alerts::ActionKind;
    apply(*backend, action(ActionKind::Acknowledge, id, u"ada@example.com"_s));
    apply(*backend, action(ActionKind::Unacknowledge, id, u"ada@example.com"_s));
    alerts::AlertAction escalate = action(ActionKind::Escalate, id, u"ada@example.com"_s);
    escalate.escalation = u"payments-ml_escalation"_s;
    apply(*backend, escalate);
    alerts::AlertAction note = action(ActionKind::AddNote, id, u"bo@example.com"_s);
    note.note = u"amount_log comes from the new currency service; checking its release"_s;
    apply(*backend, note);
    alerts::AlertAction snooze = action(ActionKind::Snooze, id, u"bo@example.com"_s);
    const QDateTime until = server.now().addSecs(7200);
    snooze.snoozeUntil = until;
    apply(*backend, snooze);
    alerts::AlertAction assign = action(ActionKind::Assign, id, u"bo@example.com"_s);
    assign.assignee = u"cy@example.com"_s;
    apply(*backend, assign);
    alerts::AlertAction tags = action(ActionKind::AddTags, id, u"cy@example.com"_s);
    tags.tags = {u"closed-loop"_s}; // a tag edit is not an event the archive keeps, whatever its words
    apply(*backend, tags);
    apply(*backend, action(ActionKind::Close, id, u"cy@example.com"_s));

    const auto entries = history(*backend, id);
    ASSERT_TRUE(entries) << text(entries.error());
    EXPECT_EQ(kindsOf(*entries),
        (QList<AlertLogKind>{AlertLogKind::Acknowledged, AlertLogKind::Unacknowledged, AlertLogKind::Escalated,
            AlertLogKind::Note, AlertLogKind::Snoozed, AlertLogKind::Assigned, AlertLogKind::Closed}));
    for (qsizetype i = 1; i < entries->size(); ++i)
        EXPECT_LE(entries->at(i - 1).at, entries->at(i).at) << "oldest first";
    EXPECT_EQ(entries->at(0).actor, u"ada@example.com"_s);
    EXPECT_EQ(entries->at(2).subject, u"payments-ml_escalation"_s);
    EXPECT_EQ(entries->at(3).text, note.note) << "the note's own words, from the notes list";
    EXPECT_EQ(entries->at(3).actor, u"bo@example.com"_s);
    EXPECT_EQ(entries->at(4).until, until);
    EXPECT_EQ(entries->at(5).subject, u"cy@example.com"_s);
    EXPECT_EQ(entries->at(6).actor, u"cy@example.com"_s);
    EXPECT_EQ(entries->at(6).at, server.alert(id)->createdAt.addMSecs(server.alert(id)->closeTime));
}

TEST_P(GenieHistory, ReadsEveryPageOfALongLogAndOfManyNotes)
{
    auto& server = start(GetParam());
    fakegenie::FakeAlert flapping = alertWith(u"p99 latency above 500 ms on recsys-ranker"_s);
    const QDateTime start = server.now().addDays(-2);
    flapping.createdAt = start;
    for (int i = 0; i < 260; ++i) { // an alert acknowledged and un-acknowledged all night, seen by many
        const QDateTime at = start.addSecs(60 * (i + 1));
        const QString who = u"user%1@example.com"_s.arg(i % 7);
        if (i % 3 == 0)
            flapping.logs.append({u"Viewed on [web]"_s, u"alertRecipient"_s, who, at});
        else
            flapping.logs.append(
                {(i % 3 == 1 ? u"Acknowledged by "_s : u"Unacknowledged by "_s) + who, u"system"_s, who, at});
    }
    for (int i = 0; i < 130; ++i)
        flapping.notes.append({u"still flapping (%1)"_s.arg(i), u"ada@example.com"_s, start.addSecs(60 * i + 30)});
    const QString id = server.addAlert(flapping);
    auto backend = this->backend();

    const auto entries = history(*backend, id);
    ASSERT_TRUE(entries) << text(entries.error());
    int acks = 0;
    int unacks = 0;
    int notes = 0;
    for (const AlertLogEntry& e : *entries) {
        acks += e.kind == AlertLogKind::Acknowledged ? 1 : 0;
        unacks += e.kind == AlertLogKind::Unacknowledged ? 1 : 0;
        notes += e.kind == AlertLogKind::Note ? 1 : 0;
    }
    EXPECT_EQ(acks, 87);
    EXPECT_EQ(unacks, 86);
    EXPECT_EQ(notes, 130);
    EXPECT_EQ(entries->size(), 87 + 86 + 130) << "views are a recipient's state, not the alert's";
    EXPECT_EQ(entries->last().at, start.addSecs(60 * 260));
    for (qsizetype i = 1; i < entries->size(); ++i)
        ASSERT_LE(entries->at(i - 1).at, entries->at(i).at) << "oldest first, across pages and both lists";
    EXPECT_EQ(requestsTo(u"/logs"_s), 3);
    EXPECT_EQ(requestsTo(u"/notes"_s), 2);
    EXPECT_EQ(requestsTo(u"/logs"_s, jsm() ? u"after="_s : u"offset="_s), 2) << "the next pages follow the cursor";
}

TEST_P(GenieHistory, ReadsTheWordingOfARealTenant)
{
    // Lines as Opsgenie's and JSM Ops' public samples show them.
    auto& server = start(GetParam());
    fakegenie::FakeAlert alert = alertWith(u"Error rate above 2% on sentiment-api"_s);
    const QDateTime t = server.now().addSecs(-7200);
    alert.createdAt = t;
    alert.logs = {
        {u"Alert created via API[Default API] with id: 70413a06"_s, u"system"_s, u"System"_s, t},
        {u"Viewed on [web]"_s, u"alertRecipient"_s, u"trinity@opsgenie.com"_s, t.addSecs(30)},
        {u"Alert acknowledged via web"_s, u"system"_s, u"neo@opsgenie.com"_s, t.addSecs(40)},
        {u"Alert acknowledged via JSM"_s, u"system"_s, u"System"_s, t.addSecs(50)},
        {u"Alert ownership assigned to [alesia.konold@example.com] via web"_s, u"system"_s, u"Antonio Guillermo"_s,
            t.addSecs(60)},
        {u"Priority changed to P1 by neo@opsgenie.com"_s, u"system"_s, u"neo@opsgenie.com"_s, t.addSecs(70)},
        {u"Alert is closed via API[Default API]"_s, u"system"_s, u"System"_s, t.addSecs(80)},
    };
    const QString id = server.addAlert(alert);
    auto backend = this->backend();
    const auto entries = history(*backend, id);
    ASSERT_TRUE(entries) << text(entries.error());
    EXPECT_EQ(kindsOf(*entries),
        (QList<AlertLogKind>{
            AlertLogKind::Acknowledged, AlertLogKind::Acknowledged, AlertLogKind::Assigned, AlertLogKind::Closed}));
    ASSERT_EQ(entries->size(), 4);
    EXPECT_EQ(entries->at(0).actor, u"neo@opsgenie.com"_s);
    EXPECT_EQ(entries->at(2).subject, u"alesia.konold@example.com"_s);
    EXPECT_EQ(entries->at(2).actor, u"Antonio Guillermo"_s);
    EXPECT_EQ(entries->at(3).actor, u"System"_s);
}

TEST_P(GenieHistory, AnAlertThatIsGoneOrAHeartbeatSaysSo)
{
    start(GetParam());
    auto backend = this->backend();
    const QString missing
        = jsm() ? u"9b251e07-8f0a-4c1e-9d55-3c2a61f0e4aa-1704440650350"_s : u"9b251e07-8f0a-4c1e-9d55-3c2a61f0e4aa"_s;
    const auto gone = history(*backend, missing);
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound) << text(gone.error());
    const auto heartbeat = history(*backend, genie::heartbeatAlertId(u"nightly-retrain"_s));
    ASSERT_FALSE(heartbeat);
    EXPECT_EQ(heartbeat.error().code, ErrorCode::Unsupported);
}

INSTANTIATE_TEST_SUITE_P(Vendors, GenieHistory, ::testing::Values(FakeVendor::Opsgenie, FakeVendor::Jsm), vendorLabel);
