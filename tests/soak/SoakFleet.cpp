#include "SoakFleet.h"

#include <QIODevice>

namespace wk::soak {

namespace {

QByteArray twoDigits(int n)
{
    return QByteArray::number(n).rightJustified(2, '0');
}

} // namespace

void writeSoakSeries(QIODevice& out, const QDateTime& from, const QDateTime& to)
{
    const qint64 first = from.toSecsSinceEpoch() - from.toSecsSinceEpoch() % 15;
    const qint64 last = to.toSecsSinceEpoch();
    out.write("# TYPE wk_soak_requests counter\n");
    // OpenMetrics wants each series' samples together and in time order.
    for (int shard = 0; shard < shardCount; ++shard) {
        for (int replica = 0; replica < replicasPerShard; ++replica) {
            const QByteArray series = "wk_soak_requests_total{shard=\"s" + twoDigits(shard) + "\",replica=\"r"
                + twoDigits(replica) + "\"} ";
            // A different steady rate per replica, with a slow wave so the charts move.
            const double rate = 5.0 + replica + shard * 0.5;
            double value = 0;
            QByteArray lines;
            for (qint64 t = first; t <= last; t += 15) {
                value += 15.0 * rate * (1.0 + 0.3 * ((t / 15 + replica) % 40) / 40.0);
                lines += series + QByteArray::number(value, 'f', 1) + ' ' + QByteArray::number(t) + '\n';
            }
            out.write(lines);
        }
    }
    out.write("# EOF\n");
}

QByteArray soakWorkspace(const QUrl& prometheus, const QUrl& genieApi)
{
    QByteArray y = "name: Soak (1,000 series, 10,000 open alerts)\nrefresh: 5s\nsources:\n"
                   "  - {name: soak, type: prometheus, url: '"
        + prometheus.toString().toUtf8()
        + "'}\n"
          "alerts:\n  backend: opsgenie\n  api_url: '"
        + genieApi.toString().toUtf8()
        + "'\n"
          "dashboards:\n  - id: shards\n    title: Shards\n    panels:\n";
    for (int shard = 0; shard < shardCount; ++shard) {
        const QByteArray s = twoDigits(shard);
        y += "      - {id: shard" + s + ", title: 'Shard s" + s
            + " requests per replica', kind: timeseries, unit: reqps, expr: 'rate(wk_soak_requests_total{shard=\"s" + s
            + "\"}[1m])'}\n";
    }
    return y;
}

} // namespace wk::soak
