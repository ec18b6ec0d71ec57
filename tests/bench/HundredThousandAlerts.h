#pragma once

// The benchmarks' archive: 100,000 alerts over 90 days (from 2026-08-01), five teams, forty services.

#include "archive/AlertArchive.h"

#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <random>

namespace wk::bench {

using namespace Qt::StringLiterals;

inline constexpr int alertCount = 100'000;
inline const QStringList benchTeams = {u"Data Science"_s, u"ML Platform"_s, u"ML Infra"_s, u"Search"_s, u"Payments"_s};

// 100,000 alerts over 90 days: most acknowledged within minutes and closed within hours, some escalated, some
// never acknowledged, a few still open, with notes on one in ten.
inline archive::AlertArchive fillHundredThousand(const QString& path)
{
    auto opened = archive::AlertArchive::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().detail));
        std::abort();
    }
    std::mt19937_64 random(7);
    std::exponential_distribution<double> ack(1.0 / 300.0);
    std::exponential_distribution<double> close(1.0 / 5400.0);
    std::uniform_int_distribution<int> pick(0, 99);
    const QDateTime start = QDateTime::fromString(u"2026-08-01T00:00:00Z"_s, Qt::ISODate);
    QList<alerts::Alert> batch;
    for (int i = 0; i < alertCount; ++i) {
        alerts::Alert a;
        a.id = u"alert-%1"_s.arg(i);
        a.tinyId = QString::number(i);
        a.message = u"Model accuracy below 85%: service-%1"_s.arg(i % 40);
        a.priority = alerts::Priority(1 + pick(random) % 5);
        a.team = benchTeams.at(i % benchTeams.size());
        a.service = u"service-%1"_s.arg(i % 40);
        a.createdAt = start.addSecs(qint64(i) * 90 * 86400 / alertCount);
        a.updatedAt = a.createdAt;
        const int roll = pick(random);
        if (roll >= 10) {
            a.acknowledgedAt = a.createdAt.addMSecs(qint64(ack(random) * 1000));
            a.acknowledgedBy = u"person-%1"_s.arg(roll % 12);
            a.status = alerts::AlertStatus::Acknowledged;
        }
        if (roll >= 3) {
            a.status = alerts::AlertStatus::Closed;
            a.closedAt = a.createdAt.addMSecs(qint64((ack(random) + close(random)) * 1000));
        }
        a.escalationLevel = roll < 8 ? 1 : 0;
        if (roll % 10 == 0)
            a.notes = {{a.createdAt.addSecs(120), u"person-1"_s, u"looking"_s}};
        batch.append(a);
        if (batch.size() == 1000) {
            if (!opened->observe(batch))
                std::abort();
            batch.clear();
        }
    }
    return std::move(*opened);
}

} // namespace wk::bench
