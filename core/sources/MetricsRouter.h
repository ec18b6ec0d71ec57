#pragma once

#include "metrics/MetricsBackend.h"

#include <QStringList>

#include <map>
#include <memory>

namespace wk::sources {

// Which backend answers a panel: the one its `source:` names, else the workspace's default.
class MetricsRouter
{
public:
    void add(const QString& name, std::shared_ptr<metrics::MetricsBackend> backend);
    void setDefault(const QString& name) { m_default = name; }

    // Empty name: the default. Unknown name: nullptr (the workspace loader rejects those already).
    metrics::MetricsBackend* backendFor(const QString& sourceName) const;
    metrics::MetricsBackend* defaultBackend() const { return backendFor({}); }
    QList<metrics::MetricsBackend*> backends() const;
    bool isEmpty() const { return m_backends.empty(); }

private:
    std::map<QString, std::shared_ptr<metrics::MetricsBackend>> m_backends;
    QStringList m_order;
    QString m_default;
};

} // namespace wk::sources
