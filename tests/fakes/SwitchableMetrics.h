#pragma once

#include "metrics/MetricsBackend.h"

namespace wk::fakes {

// The demo fleet behind a switch: when `down`, every query fails the way a dead server does.
class SwitchableMetrics final : public metrics::MetricsBackend
{
public:
    explicit SwitchableMetrics(metrics::MetricsBackend& inner)
        : m_inner(inner)
    { }
    bool down = false;

    QString sourceName() const override { return m_inner.sourceName(); }
    void instantQuery(const metrics::InstantQuery& q, QObject* c, Callback<metrics::QueryResult> done) override
    {
        if (down)
            return done(makeError(ErrorCode::Network, QStringLiteral("connection refused")));
        m_inner.instantQuery(q, c, std::move(done));
    }
    void rangeQuery(const metrics::RangeQuery& q, QObject* c, Callback<metrics::QueryResult> done) override
    {
        if (down)
            return done(makeError(ErrorCode::Network, QStringLiteral("connection refused")));
        m_inner.rangeQuery(q, c, std::move(done));
    }
    void labelValues(const QString& l, const QString& s, QObject* c, Callback<QStringList> done) override
    {
        m_inner.labelValues(l, s, c, std::move(done));
    }
    void buildInfo(QObject* c, Callback<metrics::BuildInfo> done) override { m_inner.buildInfo(c, std::move(done)); }

private:
    metrics::MetricsBackend& m_inner;
};

} // namespace wk::fakes
