#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;

TEST(Logging, LevelSpecReadsDefaultAndPerLoggerLevels)
{
    auto spec = logging::parseLevelSpec(u"warn,net=debug, prom=trace"_s);
    ASSERT_TRUE(spec);
    EXPECT_EQ(spec->defaultLevel, spdlog::level::warn);
    EXPECT_EQ(spec->perLogger.at("net"), spdlog::level::debug);
    EXPECT_EQ(spec->perLogger.at("prom"), spdlog::level::trace);
}

TEST(Logging, LevelSpecRejectsWhatItCannotRead)
{
    auto bad = logging::parseLevelSpec(u"info,net=loud"_s);
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().contains(u"net=loud"_s));
    EXPECT_FALSE(logging::parseLevelSpec(u"verbose"_s));
}

TEST(Logging, SecretsNeverReachTheLogFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    logging::Options options;
    options.logDirectory = dir.path();
    options.toStderr = false;
    logging::init(options);
    auto net = logging::get("net");
    net->info("GET /v2/alerts Authorization: GenieKey 0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0");
    net->info("token=abc.def.ghi&limit=100 apiKey: \"s3cr3t-value\"");
    net->info("Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig used for JSM");
    net->flush();
    logging::shutdown();

    QFile file(QDir(dir.path()).filePath(u"watchkeeper.log"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(u"GET /v2/alerts"_s)) << "the rest of the line stays readable";
    EXPECT_TRUE(text.contains(u"GenieKey ***"_s));
    EXPECT_FALSE(text.contains(u"0b1c2d3e"_s));
    EXPECT_FALSE(text.contains(u"abc.def.ghi"_s));
    EXPECT_FALSE(text.contains(u"s3cr3t-value"_s));
    EXPECT_FALSE(text.contains(u"eyJhbGciOiJIUzI1NiJ9"_s));
    EXPECT_TRUE(text.contains(u"limit=100"_s));
}

TEST(Logging, QtMessagesAreRoutedIntoTheLog)
{
    QTemporaryDir dir;
    logging::Options options;
    options.logDirectory = dir.path();
    options.toStderr = false;
    logging::init(options);
    qWarning("a Qt warning with Bearer qtsecret123");
    logging::get("qt")->flush();
    logging::shutdown();
    QFile file(QDir(dir.path()).filePath(u"watchkeeper.log"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(u"a Qt warning"_s));
    EXPECT_TRUE(text.contains(u"[qt]"_s));
    EXPECT_FALSE(text.contains(u"qtsecret123"_s));
}
