// Against a real Secret Service (gnome-keyring in a private D-Bus session, see with_secret_service.sh).
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUuid>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

template <typename T> std::optional<T> waitFor(std::optional<T>& slot, int timeoutMs = 20'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!slot && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return slot;
}

} // namespace

TEST(KeychainSecretStore, WritesReadsAndDeletesARealSecret)
{
    QObject context;
    secrets::KeychainSecretStore store(u"watchkeeper-test"_s);
    const QString key = u"opsgenie-api-key-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = u"0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"_s;

    std::optional<Result<void>> written;
    store.write(key, secret, &context, [&](Result<void> r) { written = r; });
    ASSERT_TRUE(waitFor(written)) << "no answer from the Secret Service";
    ASSERT_TRUE(written->has_value()) << written->error().detail.toStdString();

    std::optional<Result<QString>> read;
    store.read(key, &context, [&](Result<QString> r) { read = r; });
    ASSERT_TRUE(waitFor(read));
    ASSERT_TRUE(read->has_value()) << read->error().detail.toStdString();
    EXPECT_EQ(**read, secret);

    std::optional<Result<void>> removed;
    store.remove(key, &context, [&](Result<void> r) { removed = r; });
    ASSERT_TRUE(waitFor(removed));
    EXPECT_TRUE(removed->has_value());

    std::optional<Result<QString>> gone;
    store.read(key, &context, [&](Result<QString> r) { gone = r; });
    ASSERT_TRUE(waitFor(gone));
    ASSERT_FALSE(gone->has_value());
    EXPECT_EQ(gone->error().code, ErrorCode::NotFound);
}

TEST(KeychainSecretStore, ACallbackMayStartTheNextJob)
{
    QObject context;
    secrets::KeychainSecretStore store(u"watchkeeper-test"_s);
    const QString key = u"chained-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<Result<QString>> read;
    store.write(key, u"v1"_s, &context, [&](Result<void> w) {
        ASSERT_TRUE(w.has_value());
        store.read(key, &context, [&](Result<QString> r) { read = r; });
    });
    ASSERT_TRUE(waitFor(read));
    ASSERT_TRUE(read->has_value());
    EXPECT_EQ(**read, u"v1"_s);
    std::optional<Result<void>> removed;
    store.remove(key, &context, [&](Result<void> r) { removed = r; });
    waitFor(removed);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
