#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

class QIODevice;

namespace wk::soak {

// The soak's metric load: shardCount × replicasPerShard request counters, one dashboard panel per shard.
constexpr int shardCount = 20;
constexpr int replicasPerShard = 50;
constexpr int seriesCount = shardCount * replicasPerShard; // 1,000

// wk_soak_requests_total{shard,replica} every 15 s over [from, to], as OpenMetrics for promtool's backfill.
void writeSoakSeries(QIODevice& out, const QDateTime& from, const QDateTime& to);

// A workspace that polls every 5 s: one dashboard of shardCount panels (every series of the shard each), and
// the alert list on the fake Opsgenie at genieApi.
QByteArray soakWorkspace(const QUrl& prometheus, const QUrl& genieApi);

} // namespace wk::soak
