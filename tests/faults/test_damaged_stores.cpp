// The console's three SQLite files (outbox, incidents, archive) damaged: overwritten with garbage, cut in half, or
// written by a newer Watchkeeper. Each store refuses what it cannot trust and says why in words a person can act
// on; the file is left as it was for whoever wants to rescue it; the console starts and the rest keeps working.
#include "ConsoleSession.h"
#include "FaultsSupport.h"
#include "alerts/AlertListWidget.h"
#include "alerts/AlertTableModel.h"
#include "archive/AlertArchive.h"
#include "common/UiText.h"
#include "incidents/IncidentStore.h"
#include "outbox/ActionOutbox.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

const QDateTime morning = QDateTime::fromString(u"2026-11-20T03:00:00Z"_s, Qt::ISODate);

alerts::Alert alertNumbered(int i)
{
    alerts::Alert a;
    a.id = u"alert-%1"_s.arg(i);
    a.tinyId = QString::number(1000 + i);
    a.message = u"fraud-scorer p99 latency above 500 ms (%1) "_s.arg(i) + QString(200, u'x');
    a.priority = alerts::Priority::P2;
    a.status = alerts::AlertStatus::Open;
    a.team = u"ml-platform"_s;
    a.service = u"fraud-scorer"_s;
    a.createdAt = morning.addSecs(-60 * i);
    a.updatedAt = a.createdAt;
    return a;
}

alerts::AlertAction ackNumbered(int i)
{
    alerts::AlertAction ack;
    ack.actionId = u"ack-%1"_s.arg(i);
    ack.alertId = u"alert-%1"_s.arg(i);
    ack.user = u"ada"_s;
    ack.note = QString(300, u'n');
    ack.requestedAt = morning;
    return ack;
}

// One of the console's stores: how to fill it with a few pages of real data, and how the console uses it after
// opening (a read and a write). Errors come back as they would reach the console.
struct StoreKind
{
    const char* name;
    QString file;
    std::function<void(const QString&)> fill;
    std::function<Result<void>(const QString&)> open;
    std::function<Result<void>(const QString&)> use;
};

QList<StoreKind> storeKinds()
{
    auto clock = std::make_shared<ManualClock>(morning);
    return {
        {"Outbox", u"outbox.sqlite"_s,
            [](const QString& path) {
                auto outbox = outbox::ActionOutbox::open(path);
                ASSERT_TRUE(outbox) << outbox.error().detail.toStdString();
                for (int i = 0; i < 60; ++i)
                    ASSERT_TRUE(outbox->add(ackNumbered(i), u"b"_s, morning));
            },
            [](const QString& path) -> Result<void> {
                auto outbox = outbox::ActionOutbox::open(path);
                return outbox ? Result<void>() : std::unexpected(outbox.error());
            },
            [](const QString& path) -> Result<void> {
                auto outbox = outbox::ActionOutbox::open(path);
                if (!outbox)
                    return std::unexpected(outbox.error());
                if (auto unfinished = outbox->unfinished(u"b"_s); !unfinished)
                    return std::unexpected(unfinished.error());
                if (auto added = outbox->add(ackNumbered(100), u"b"_s, morning); !added)
                    return std::unexpected(added.error());
                return {};
            }},
        {"Incidents", u"incidents.sqlite"_s,
            [clock](const QString& path) {
                auto store = incidents::IncidentStore::open(path, clock);
                ASSERT_TRUE(store) << store.error().detail.toStdString();
                for (int i = 0; i < 20; ++i) {
                    auto created = store->create(incidents::incidentFromAlerts({alertNumbered(i)}), u"ada"_s);
                    ASSERT_TRUE(created) << created.error().detail.toStdString();
                    for (int n = 0; n < 5; ++n)
                        ASSERT_TRUE(store->addNote(created->id, QString(400, u'w'), u"ada"_s));
                }
            },
            [clock](const QString& path) -> Result<void> {
                auto store = incidents::IncidentStore::open(path, clock);
                return store ? Result<void>() : std::unexpected(store.error());
            },
            [clock](const QString& path) -> Result<void> {
                auto store = incidents::IncidentStore::open(path, clock);
                if (!store)
                    return std::unexpected(store.error());
                auto list = store->list();
                if (!list)
                    return std::unexpected(list.error());
                for (const auto& incident : *list) {
                    if (auto loaded = store->load(incident.id); !loaded)
                        return std::unexpected(loaded.error());
                }
                if (auto created = store->create(incidents::incidentFromAlerts({alertNumbered(99)}), u"ada"_s);
                    !created)
                    return std::unexpected(created.error());
                return {};
            }},
        {"Archive", u"archive.sqlite"_s,
            [](const QString& path) {
                auto archive = archive::AlertArchive::open(path);
                ASSERT_TRUE(archive) << archive.error().detail.toStdString();
                QList<alerts::Alert> alerts;
                for (int i = 0; i < 200; ++i)
                    alerts.append(alertNumbered(i));
                ASSERT_TRUE(archive->observe(alerts));
            },
            [](const QString& path) -> Result<void> {
                auto archive = archive::AlertArchive::open(path);
                return archive ? Result<void>() : std::unexpected(archive.error());
            },
            [](const QString& path) -> Result<void> {
                auto archive = archive::AlertArchive::open(path);
                if (!archive)
                    return std::unexpected(archive.error());
                if (auto all = archive->alerts({}); !all)
                    return std::unexpected(all.error());
                if (auto observed = archive->observe({alertNumbered(300)}); !observed)
                    return std::unexpected(observed.error());
                return {};
            }},
    };
}

// Garbage: every byte overwritten. CutInHalf: the second half gone. PagesOverwritten: the first page (header and
// schema) intact, the rest noise, which SQLite only notices when it reads those pages. Newer: a newer build's
// schema version.
enum class Damage { Garbage, CutInHalf, PagesOverwritten, Newer };

const char* damageName(Damage damage)
{
    switch (damage) {
    case Damage::Garbage:
        return "Garbage";
    case Damage::CutInHalf:
        return "CutInHalf";
    case Damage::PagesOverwritten:
        return "PagesOverwritten";
    case Damage::Newer:
        return "Newer";
    }
    return "";
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void damage(const QString& path, Damage how, const store::Schema& schema)
{
    switch (how) {
    case Damage::Garbage:
    case Damage::PagesOverwritten: {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        const qint64 from = how == Damage::Garbage ? 0 : 4096;
        ASSERT_GT(file.size(), from + 4096);
        ASSERT_TRUE(file.seek(from));
        QByteArray noise(file.size() - from, '\0');
        QRandomGenerator random(7);
        for (char& c : noise)
            c = char(random.bounded(256));
        file.write(noise);
        return;
    }
    case Damage::CutInHalf: {
        QFile file(path);
        ASSERT_TRUE(file.resize(file.size() / 2));
        return;
    }
    case Damage::Newer: {
        auto db = store::Database::open(path, schema);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(u"PRAGMA user_version = 99"_s));
        return;
    }
    }
}

store::Schema schemaOf(const QString& file)
{
    if (file == u"outbox.sqlite"_s)
        return outbox::ActionOutbox::schema();
    if (file == u"incidents.sqlite"_s)
        return incidents::IncidentStore::schema();
    return archive::AlertArchive::schema();
}

struct Case
{
    StoreKind store;
    Damage damage;
};

std::string caseName(const ::testing::TestParamInfo<Case>& info)
{
    return std::string(info.param.store.name) + "_" + damageName(info.param.damage);
}

QList<Case> allCases()
{
    QList<Case> cases;
    for (const StoreKind& store : storeKinds())
        for (const Damage d : {Damage::Garbage, Damage::CutInHalf, Damage::PagesOverwritten, Damage::Newer})
            cases.append({store, d});
    return cases;
}

class DamagedStore : public ::testing::TestWithParam<Case>
{ };

} // namespace

// Each store refuses the damaged file when it opens it, with words that say what is wrong, and leaves the file
// exactly as it found it.
TEST_P(DamagedStore, IsRefusedWithAClearReasonAndLeftAsItWas)
{
    const StoreKind& store = GetParam().store;
    QTemporaryDir dir;
    const QString path = dir.filePath(store.file);
    store.fill(path);
    damage(path, GetParam().damage, schemaOf(store.file));
    const QByteArray before = contentsOf(path);

    const auto used = store.use(path);
    ASSERT_FALSE(used) << "the damaged file was used as if it were whole";
    const QString words = ui::errorText(used.error());
    std::printf("[   info   ] %s: %s | %s\n", caseName(::testing::TestParamInfo<Case>(GetParam(), 0)).c_str(),
        qPrintable(words), qPrintable(used.error().detail));
    switch (GetParam().damage) {
    case Damage::Garbage:
    case Damage::CutInHalf:
    case Damage::PagesOverwritten:
        EXPECT_EQ(words, u"the file is damaged"_s) << used.error().detail.toStdString();
        break;
    case Damage::Newer:
        EXPECT_EQ(words, u"the file was written by a newer Watchkeeper"_s) << used.error().detail.toStdString();
        break;
    }
    // Refused at the door, so the console can fall back at once rather than fail at every step.
    EXPECT_FALSE(store.open(path));
    EXPECT_TRUE(contentsOf(path) == before) << "the damaged file was changed";
}

INSTANTIATE_TEST_SUITE_P(Stores, DamagedStore, ::testing::ValuesIn(allCases()), caseName);

namespace {

class DamagedDataFolder : public ::testing::TestWithParam<Damage>
{ };

} // namespace

// The console started on a data folder whose three files are damaged: it says so for each, keeps them as they
// were, and works on: alerts are listed and an acknowledgement lands (through an outbox kept in memory).
TEST_P(DamagedDataFolder, TheConsoleStartsSaysWhatItCannotUseAndKeepsTheFiles)
{
    QTemporaryDir dir;
    QHash<QString, QByteArray> before;
    for (const StoreKind& store : storeKinds()) {
        const QString path = dir.filePath(store.file);
        store.fill(path);
        damage(path, GetParam(), schemaOf(store.file));
        before.insert(store.file, contentsOf(path));
    }
    qputenv("WATCHKEEPER_DATA_DIR", dir.path().toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus"); // no keychain to wait for

    faults::DialogWatcher dialogs;
    app::Options options;
    options.demo = true;
    options.user = u"ada"_s;
    ui::MainWindow* window = nullptr;
    {
        app::ConsoleSession session(options);
        session.start([&window](ui::MainWindow& w) { window = &w; });
        ASSERT_TRUE(uitest::waitUntil([&] { return window != nullptr && dialogs.texts.size() >= 3; }, 20'000))
            << dialogs.texts.join(u"\n"_s).toStdString();
        for (const QString& text : std::as_const(dialogs.texts))
            std::printf("[   info   ] %s: %s\n", damageName(GetParam()), qPrintable(text));
        const QString said = dialogs.texts.join(u"\n"_s);
        EXPECT_TRUE(said.contains(u"The action outbox "_s)) << said.toStdString();
        EXPECT_TRUE(said.contains(u"Incidents are not available"_s)) << said.toStdString();
        EXPECT_TRUE(said.contains(u"The alert archive "_s)) << said.toStdString();
        // What the dialogs name, in the store's own words (the detail): one dialog for each of the three files.
        const QString why = GetParam() == Damage::Garbage ? u"is not a SQLite database"_s
            : GetParam() == Damage::CutInHalf             ? u"database disk image is malformed"_s
            : GetParam() == Damage::PagesOverwritten      ? u"is damaged"_s
                                                          : u"written by a newer Watchkeeper"_s;
        EXPECT_GE(said.count(why), 3) << said.toStdString();

        // The console works on: the demo fleet's alerts are listed, and an acknowledgement lands.
        ui::AlertTableModel* model = window->alertList()->model();
        ASSERT_TRUE(uitest::waitUntil([&] { return model->rowCount() > 0; }, 15'000));
        QString open;
        for (int row = 0; row < model->rowCount() && open.isEmpty(); ++row) {
            if (model->alertAt(row)->status == alerts::AlertStatus::Open)
                open = model->alertAt(row)->id;
        }
        ASSERT_FALSE(open.isEmpty());
        ASSERT_TRUE(window->alertList()->selectAlert(open));
        window->alertList()->acknowledgeSelected();
        ASSERT_TRUE(uitest::waitUntil([&] { return !model->lastLanded(open).isEmpty(); }, 15'000))
            << model->failure(open).toStdString();
    }
    for (const StoreKind& store : storeKinds())
        EXPECT_TRUE(contentsOf(dir.filePath(store.file)) == before.value(store.file)) << store.name << " was changed";
    qunsetenv("WATCHKEEPER_DATA_DIR");
}

INSTANTIATE_TEST_SUITE_P(Damage, DamagedDataFolder,
    ::testing::Values(Damage::Garbage, Damage::CutInHalf, Damage::PagesOverwritten, Damage::Newer),
    [](const ::testing::TestParamInfo<Damage>& info) { return std::string(damageName(info.param)); });
