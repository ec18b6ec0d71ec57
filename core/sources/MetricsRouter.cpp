#include "sources/MetricsRouter.h"

namespace wk::sources {

void MetricsRouter::add(const QString& name, std::shared_ptr<metrics::MetricsBackend> backend)
{
    if (!m_backends.contains(name))
        m_order.append(name);
    m_backends[name] = std::move(backend);
    if (m_default.isEmpty())
        m_default = name;
}

metrics::MetricsBackend* MetricsRouter::backendFor(const QString& sourceName) const
{
    const auto it = m_backends.find(sourceName.isEmpty() ? m_default : sourceName);
    return it == m_backends.end() ? nullptr : it->second.get();
}

QList<metrics::MetricsBackend*> MetricsRouter::backends() const
{
    QList<metrics::MetricsBackend*> out;
    for (const QString& name : m_order)
        out.append(m_backends.at(name).get());
    return out;
}

} // namespace wk::sources
