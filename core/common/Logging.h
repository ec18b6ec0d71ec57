#pragma once

#include <QString>

#include <spdlog/logger.h>

#include <fmt/format.h>

#include <expected>
#include <map>
#include <memory>
#include <string>

namespace wk::logging {

// "info,net=debug": a default level, then per-logger overrides.
struct LevelSpec
{
    spdlog::level::level_enum defaultLevel = spdlog::level::info;
    std::map<std::string, spdlog::level::level_enum> perLogger;
};

// Parses a --log-level value; the error names the part it could not read.
std::expected<LevelSpec, QString> parseLevelSpec(const QString& spec);

struct Options
{
    LevelSpec levels;
    QString logDirectory; // empty: no log file
    bool toStderr = true;
    std::size_t maxFileBytes = 5 * 1024 * 1024;
    std::size_t maxFiles = 3;
};

// Sets up the shared sinks (rotating file + stderr, both behind secret redaction) and routes Qt messages in.
void init(const Options& options);

// A named logger on the shared sinks: net, prom, alerts, store, analytics, ui, demo, app, qt.
std::shared_ptr<spdlog::logger> get(const std::string& name);

// Drops the sinks and restores Qt's message handler; used by tests that init more than once.
void shutdown();

// Masks API keys, tokens and Authorization values so they never reach a log.
std::string redactSecrets(std::string_view text);

} // namespace wk::logging

template <> struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template <typename FormatContext> auto format(const QString& text, FormatContext& ctx) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), utf8.size()), ctx);
    }
};
