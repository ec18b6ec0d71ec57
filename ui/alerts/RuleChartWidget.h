#pragma once

#include "alerts/Alert.h"
#include "metrics/MetricsBackend.h"

#include <QWidget>

class QLabel;

namespace wk::ui {

class ChartWidget;

// Beside an alert's details: the rule's own expression over the hour around the moment it fired, with the
// threshold it crossed. Hidden for alerts whose rule is unknown or has no numeric threshold.
class RuleChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RuleChartWidget(QWidget* parent = nullptr);

    void setBackend(metrics::MetricsBackend* backend) { m_backend = backend; }
    void showFor(const alerts::Alert& alert, const QDateTime& now);
    void clear();
    ChartWidget* chart() const { return m_chart; }
    QString shownExpression() const { return m_expr; }

private:
    metrics::MetricsBackend* m_backend = nullptr;
    QLabel* m_title = nullptr;
    ChartWidget* m_chart = nullptr;
    QString m_alertId;
    QString m_expr;
    quint64 m_request = 0;
};

} // namespace wk::ui
