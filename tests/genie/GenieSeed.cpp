#include "GenieSeed.h"

#include "GenieStore.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace wk::fakegenie {

namespace {

struct Service
{
    const char16_t* name;
    const char16_t* team;
    const char16_t* model;
};

constexpr std::array<Service, 8> services{{
    {u"fraud-scorer", u"payments-ml", u"xgb-fraud-v41"},
    {u"credit-risk-model", u"payments-ml", u"lgbm-risk-v12"},
    {u"recsys-ranker", u"ml-platform", u"two-tower-v7"},
    {u"search-embedder", u"ml-platform", u"e5-large-ft-v3"},
    {u"churn-predictor", u"ml-platform", u"catboost-churn-v9"},
    {u"sentiment-api", u"nlp", u"roberta-sent-v5"},
    {u"translation-gateway", u"nlp", u"nllb-distilled-v2"},
    {u"ocr-extractor", u"nlp", u"donut-ocr-v4"},
}};

struct Problem
{
    const char16_t* alertName;
    const char16_t* message; // %1 is the service
    const char16_t* severity;
};

constexpr std::array<Problem, 10> problems{{
    {u"HighP99Latency", u"p99 latency above 500 ms on %1", u"critical"},
    {u"HighErrorRate", u"Error rate above 2% on %1", u"critical"},
    {u"AccuracyDrop", u"Model accuracy dropped below 0.92 on %1", u"warning"},
    {u"FeatureDrift", u"Feature drift PSI 0.31 on %1 (feature: amount_log)", u"warning"},
    {u"GpuMemoryHigh", u"GPU memory above 95% on %1 pods", u"warning"},
    {u"ConfidenceCollapse", u"Prediction confidence collapse on %1", u"critical"},
    {u"QueueBacklog", u"Inference queue depth above 1000 on %1", u"warning"},
    {u"LowConfidenceRate", u"Low-confidence rate above 15% on %1", u"info"},
    {u"ErrorBudgetBurn", u"Error budget burning 14.4x on %1 (1h window)", u"critical"},
    {u"ModelStale", u"Model not retrained for 9 days on %1", u"info"},
}};

constexpr std::array<const char16_t*, 5> engineers{
    {u"alice@example.com", u"bob@example.com", u"chen@example.com", u"dana@example.com", u"emeka@example.com"}};

QString pickPriority(QRandomGenerator& rng, const Problem& problem)
{
    const int roll = int(rng.bounded(100));
    if (QStringView(problem.severity) == u"critical")
        return roll < 45 ? u"P1"_s : (roll < 85 ? u"P2"_s : u"P3"_s);
    if (QStringView(problem.severity) == u"warning")
        return roll < 20 ? u"P2"_s : (roll < 80 ? u"P3"_s : u"P4"_s);
    return roll < 60 ? u"P4"_s : u"P5"_s;
}

} // namespace

void seedMlAlerts(GenieStore& store, int count, quint32 seed, const QDateTime& now, bool allOpen)
{
    store.reseed(seed);
    QRandomGenerator& rng = store.rng();
    const FakeIntegration prometheus{store.newUuid(), u"Prometheus Alertmanager"_s, u"Prometheus"_s};
    const qint64 weekMs = 7LL * 24 * 3600 * 1000;
    // Oldest first, so tinyIds grow with createdAt as they do on a real tenant.
    QList<qint64> ages;
    for (int i = 0; i < count; ++i)
        ages.append(qint64(rng.bounded(quint64(weekMs))));
    std::sort(ages.begin(), ages.end(), std::greater<>());

    for (int i = 0; i < count; ++i) {
        const Service& service = services[rng.bounded(quint32(services.size()))];
        const Problem& problem = problems[rng.bounded(quint32(problems.size()))];
        const QString serviceName = QString::fromUtf16(service.name);
        const QString team = QString::fromUtf16(service.team);
        FakeAlert alert;
        alert.createdAt = now.addMSecs(-ages[i] - 60'000);
        alert.message = QString::fromUtf16(problem.message).arg(serviceName);
        alert.alias = serviceName + u'-' + QString::fromUtf16(problem.alertName) + u'-' + QString::number(i);
        alert.description = u"%1 fired for %2 (model %3). Runbook: https://runbooks.example.com/ml/%4"_s.arg(
            QString::fromUtf16(problem.alertName), serviceName, QString::fromUtf16(service.model),
            QString::fromUtf16(problem.alertName).toLower());
        alert.entity = serviceName;
        alert.priority = pickPriority(rng, problem);
        alert.source = rng.bounded(4) == 0 ? u"grafana"_s : u"prometheus-alertmanager"_s;
        alert.integration = prometheus;
        alert.tags = {u"ml"_s, serviceName, u"env:prod"_s, u"severity:"_s + QString::fromUtf16(problem.severity)};
        alert.details
            = QJsonObject{{u"service"_s, serviceName}, {u"model_version"_s, QString::fromUtf16(service.model)},
                {u"region"_s, rng.bounded(2) == 0 ? u"eu-west-1"_s : u"us-east-1"_s},
                {u"alertname"_s, QString::fromUtf16(problem.alertName)}};
        alert.actions = {u"Restart"_s, u"Rollback model"_s};
        alert.count = 1 + int(rng.bounded(rng.bounded(4) == 0 ? 50 : 4));
        alert.lastOccurredAt = std::min(alert.createdAt.addSecs(qint64(alert.count - 1) * 300), now.addSecs(-30));
        const FakeTeam& owningTeam = store.addTeam(team);
        alert.teamIds = {owningTeam.id};
        alert.responders = {{u"team"_s, owningTeam.id}};
        alert.logs.append(
            {u"Alert created via %1"_s.arg(prometheus.name), u"system"_s, prometheus.name, alert.createdAt});

        const qint64 age = alert.createdAt.msecsTo(now);
        const int fate = allOpen ? 70 + int(rng.bounded(30)) : int(rng.bounded(100));
        const QString engineer = QString::fromUtf16(engineers[rng.bounded(quint32(engineers.size()))]);
        QDateTime last = alert.createdAt;
        if (fate < 65) { // acknowledged, maybe closed
            alert.ackTime = std::min<qint64>(age / 2, 30'000 + qint64(rng.bounded(1'800'000)));
            last = alert.createdAt.addMSecs(alert.ackTime);
            alert.acknowledged = true;
            alert.isSeen = true;
            alert.acknowledgedBy = engineer;
            alert.owner = engineer;
            alert.logs.append({u"Acknowledged by %1"_s.arg(engineer), u"system"_s, engineer, last});
            if (rng.bounded(3) != 0)
                alert.notes.append({u"Looking at %1 dashboards now."_s.arg(serviceName), engineer, last});
        }
        if (fate < 35) { // closed after the ack
            alert.closeTime = std::min<qint64>(age - 1000, alert.ackTime + 60'000 + qint64(rng.bounded(7'200'000)));
            last = alert.createdAt.addMSecs(alert.closeTime);
            alert.status = u"closed"_s;
            alert.closedBy = engineer;
            alert.logs.append({u"Closed by %1"_s.arg(engineer), u"system"_s, engineer, last});
            alert.notes.append(
                {u"Rolled back to the previous model version; metrics back to normal."_s, engineer, last});
        } else if (fate >= 65 && fate < 70) { // snoozed for a few hours
            alert.snoozed = true;
            alert.snoozedUntil = now.addSecs(3600 * (1 + int(rng.bounded(6))));
            alert.logs.append(
                {u"Snoozed until %1 by %2"_s.arg(alert.snoozedUntil.toString(Qt::ISODateWithMs), engineer), u"system"_s,
                    engineer, now.addSecs(-60)});
            last = now.addSecs(-60);
        }
        alert.updatedAt = std::max(last, alert.lastOccurredAt);
        store.insert(std::move(alert), now);
    }
}

} // namespace wk::fakegenie
