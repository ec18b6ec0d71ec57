// Against a real Secret Service (gnome-keyring in a private D-Bus session, see with_secret_service.sh).
#include "secrets/KeychainProbe.h"
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

// With WK_EXPECT_NO_KEYCHAIN set, the test runs with no session bus at all (see tests/CMakeLists.txt).
bool noKeychainExpected()
{
    return qEnvironmentVariableIsSet("WK_EXPECT_NO_KEYCHAIN");
}

TEST(KeychainProbe, AWorkingKeychainPassesTheCanaryAndLeavesNothingBehind)
{
    if (noKeychainExpected())
        GTEST_SKIP() << "running without a keychain";
    QObject context;
    secrets::KeychainSecretStore store(u"watchkeeper-test"_s);
    std::optional<Result<void>> probed;
    secrets::probeKeychain(store, 5000, &context, [&](Result<void> r) { probed = r; });
    ASSERT_TRUE(waitFor(probed));
    ASSERT_TRUE(probed->has_value()) << probed->error().detail.toStdString();
    std::optional<Result<QString>> canary;
    store.read(u"watchkeeper/canary"_s, &context, [&](Result<QString> r) { canary = r; });
    ASSERT_TRUE(waitFor(canary));
    EXPECT_FALSE(canary->has_value()) << "the canary entry must be removed";
}

TEST(KeychainProbe, WithoutAKeychainItSaysSoQuicklyAndKeysStayInMemoryOnly)
{
    if (!noKeychainExpected())
        GTEST_SKIP() << "a keychain is running";
    QObject context;
    secrets::SessionSecretStore store(std::make_unique<secrets::KeychainSecretStore>(u"watchkeeper-test"_s));
    QElapsedTimer timer;
    timer.start();
    std::optional<Result<void>> probed;
    secrets::probeKeychain(store.keychain(), 3000, &context, [&](Result<void> r) { probed = r; });
    ASSERT_TRUE(waitFor(probed, 10'000));
    EXPECT_LE(timer.elapsed(), 3500) << "no hang beyond the canary's timeout";
    ASSERT_FALSE(probed->has_value());
    EXPECT_FALSE(probed->error().detail.isEmpty());
    store.setKeychainWorks(false, probed->error().detail);

    // A key typed in is kept for the session, and the caller hears it was not stored.
    std::optional<Result<void>> written;
    store.write(u"alerts/opsgenie"_s, u"typed-in-key"_s, &context, [&](Result<void> r) { written = r; });
    ASSERT_TRUE(waitFor(written));
    ASSERT_FALSE(written->has_value());
    EXPECT_EQ(written->error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(written->error().detail.contains(u"this session only"_s));
    std::optional<Result<QString>> read;
    store.read(u"alerts/opsgenie"_s, &context, [&](Result<QString> r) { read = r; });
    ASSERT_TRUE(waitFor(read));
    ASSERT_TRUE(read->has_value());
    EXPECT_EQ(**read, u"typed-in-key"_s);
    // Unknown keys fail at once with the reason, never by waiting on a keychain that is not there.
    std::optional<Result<QString>> missing;
    timer.restart();
    store.read(u"alerts/jsm"_s, &context, [&](Result<QString> r) { missing = r; });
    ASSERT_TRUE(waitFor(missing));
    EXPECT_LT(timer.elapsed(), 500);
    ASSERT_FALSE(missing->has_value());
    EXPECT_EQ(missing->error().code, ErrorCode::Unsupported);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
