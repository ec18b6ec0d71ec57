#include "SoakCheck.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wk::soak {

namespace {

QJsonObject getJson(QNetworkAccessManager& net, const QUrl& url, const QByteArray& authorization)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", authorization);
    request.setTransferTimeout(10'000);
    QNetworkReply* reply = net.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QUrl alertUrl(const QUrl& api, const QString& id, const QString& tail = {})
{
    QUrl url = api;
    url.setPath(api.path() + u"/v2/alerts/"_s + id + tail);
    url.setQuery(u"identifierType=id"_s);
    return url;
}

} // namespace

ActionCheck checkActions(const QList<SoakAction>& actions, const QUrl& api, const QByteArray& authorization)
{
    QNetworkAccessManager net;
    ActionCheck check;
    for (const SoakAction& action : actions) {
        const QJsonObject alert
            = getJson(net, alertUrl(api, action.alertId), authorization).value(u"data"_s).toObject();
        QString seen;
        bool ok = false;
        switch (action.kind) {
        case SoakActionKind::Acknowledge:
            ok = alert.value(u"acknowledged"_s).toBool();
            seen = u"acknowledged: %1"_s.arg(ok ? u"yes"_s : u"no"_s);
            break;
        case SoakActionKind::Close:
            ok = alert.value(u"status"_s).toString() == u"closed"_s;
            seen = u"status %1"_s.arg(alert.value(u"status"_s).toString());
            break;
        case SoakActionKind::AddNote: {
            const QJsonArray notes
                = getJson(net, alertUrl(api, action.alertId, u"/notes"_s), authorization).value(u"data"_s).toArray();
            for (const QJsonValue& note : notes)
                ok = ok || note.toObject().value(u"note"_s).toString() == action.note;
            seen = u"%1 notes, not this one"_s.arg(notes.size());
            break;
        }
        }
        if (ok)
            ++check.landed;
        else
            check.lost.append(u"%1 %2: %3"_s.arg(kindName(action.kind), action.alertId, seen));
    }
    return check;
}

double residentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression rss(u"VmRSS:\\s+(\\d+) kB"_s);
    const auto m = rss.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() / 1024.0 : 0.0;
}

double slopePerHour(const std::vector<double>& samples, double minutesApart)
{
    if (samples.size() < 2)
        return 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    const double n = double(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const double x = double(i) * minutesApart / 60.0;
        sx += x;
        sy += samples[i];
        sxx += x * x;
        sxy += x * samples[i];
    }
    return (n * sxy - sx * sy) / std::max(1e-12, n * sxx - sx * sx);
}

} // namespace wk::soak
