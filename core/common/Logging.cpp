#include "common/Logging.h"

#include <QtGlobal>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <QDir>
#include <QRegularExpression>

#include <mutex>

using namespace Qt::StringLiterals;

namespace wk::logging {

namespace {

// Forwards every record to the real sinks with its secrets masked.
class RedactingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    void add(spdlog::sink_ptr sink) { m_sinks.push_back(std::move(sink)); }

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        const std::string clean = redactSecrets(std::string_view(msg.payload.data(), msg.payload.size()));
        spdlog::details::log_msg copy(msg);
        copy.payload = clean;
        for (auto& sink : m_sinks) {
            if (sink->should_log(copy.level))
                sink->log(copy);
        }
    }
    void flush_() override
    {
        for (auto& sink : m_sinks)
            sink->flush();
    }

private:
    std::vector<spdlog::sink_ptr> m_sinks;
};

struct State
{
    std::mutex mutex;
    std::shared_ptr<RedactingSink> sink;
    LevelSpec levels;
    std::map<std::string, std::shared_ptr<spdlog::logger>> loggers;
    bool qtHandlerInstalled = false;
};

State& state()
{
    static State s;
    return s;
}

std::optional<spdlog::level::level_enum> levelFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"trace")
        return spdlog::level::trace;
    if (n == u"debug")
        return spdlog::level::debug;
    if (n == u"info")
        return spdlog::level::info;
    if (n == u"warn" || n == u"warning")
        return spdlog::level::warn;
    if (n == u"error")
        return spdlog::level::err;
    if (n == u"critical")
        return spdlog::level::critical;
    if (n == u"off")
        return spdlog::level::off;
    return std::nullopt;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    auto logger = get("qt");
    const char* category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg:
        logger->debug("[{}] {}", category, message);
        break;
    case QtInfoMsg:
        logger->info("[{}] {}", category, message);
        break;
    case QtWarningMsg:
        logger->warn("[{}] {}", category, message);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        logger->error("[{}] {}", category, message);
        logger->flush();
        break;
    }
}

std::shared_ptr<RedactingSink> ensureSink(State& s)
{
    if (!s.sink) {
        s.sink = std::make_shared<RedactingSink>();
        s.sink->add(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    }
    return s.sink;
}

} // namespace

std::expected<LevelSpec, QString> parseLevelSpec(const QString& spec)
{
    LevelSpec result;
    const QStringList parts = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString& rawPart : parts) {
        const QString part = rawPart.trimmed();
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0) {
            const auto level = levelFromName(part);
            if (!level)
                return std::unexpected(
                    u"unknown log level \"%1\" (use trace, debug, info, warn, error, off)"_s.arg(part));
            result.defaultLevel = *level;
            continue;
        }
        const QString name = part.left(eq).trimmed();
        const auto level = levelFromName(part.mid(eq + 1));
        if (name.isEmpty() || !level)
            return std::unexpected(u"cannot read \"%1\" (expected logger=level, e.g. net=debug)"_s.arg(part));
        result.perLogger[name.toStdString()] = *level;
    }
    return result;
}

void init(const Options& options)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    s.sink = std::make_shared<RedactingSink>();
    if (options.toStderr)
        s.sink->add(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    if (!options.logDirectory.isEmpty()) {
        QDir().mkpath(options.logDirectory);
        const std::string path = QDir(options.logDirectory).filePath(u"watchkeeper.log"_s).toStdString();
        s.sink->add(
            std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, options.maxFileBytes, options.maxFiles));
    }
    s.levels = options.levels;
    s.loggers.clear();
    spdlog::drop_all();
    if (!s.qtHandlerInstalled) {
        qInstallMessageHandler(qtMessageHandler);
        s.qtHandlerInstalled = true;
    }
}

std::shared_ptr<spdlog::logger> get(const std::string& name)
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    if (auto it = s.loggers.find(name); it != s.loggers.end())
        return it->second;
    auto logger = std::make_shared<spdlog::logger>(name, ensureSink(s));
    const auto level = s.levels.perLogger.find(name);
    logger->set_level(level != s.levels.perLogger.end() ? level->second : s.levels.defaultLevel);
    logger->flush_on(spdlog::level::warn);
    s.loggers.emplace(name, logger);
    return logger;
}

void shutdown()
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    for (auto& [name, logger] : s.loggers)
        logger->flush();
    s.loggers.clear();
    s.sink.reset();
    if (s.qtHandlerInstalled) {
        qInstallMessageHandler(nullptr);
        s.qtHandlerInstalled = false;
    }
}

std::string redactSecrets(std::string_view text)
{
    // Scheme words and key names after which a secret follows.
    static const QRegularExpression pattern(
        uR"((GenieKey|Bearer|Basic)\s+[^\s"',;]+|((?:api[_-]?key|apikey|token|password|secret)["']?\s*[=:]\s*["']?)[^\s"',;&]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString s = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    QString out;
    qsizetype last = 0;
    auto it = pattern.globalMatch(s);
    if (!it.hasNext())
        return std::string(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        if (m.capturedLength(1) > 0)
            out += m.captured(1) + u" ***"_s;
        else
            out += m.captured(2) + u"***"_s;
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out.toStdString();
}

} // namespace wk::logging
