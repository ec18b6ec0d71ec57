#pragma once

#include "common/Error.h"
#include "polling/SloFetcher.h"
#include "workspace/Workspace.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>

namespace wk::ui {

// One row per SLO of the workspace: objective, period and preset, remaining error budget, the current (1h) burn
// rate, time to exhaustion at that burn, and the page and ticket alert states. A failed poll keeps the last good
// figures and says since when they are stale.
class SloTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Objective, Period, Budget, Burn, Exhaustion, Page, Ticket, Status, ColumnCount };

    explicit SloTableModel(QList<workspace::Slo> slos, QObject* parent = nullptr);

    void setReport(int row, const polling::SloReport& report);
    void setError(int row, const Error& error, const QDateTime& at);
    void clearReports();

    const workspace::Slo& slo(int row) const { return m_rows[row].slo; }
    const std::optional<polling::SloReport>& report(int row) const { return m_rows[row].report; }
    // Whether an alert of this severity fires now.
    bool firing(int row, analytics::slo::Severity severity) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString presetName(analytics::slo::Preset preset);
    static QString durationText(double seconds);
    static QString percentText(double ratio, int decimals = 1);

private:
    struct Row
    {
        workspace::Slo slo;
        std::optional<polling::SloReport> report;
        std::optional<Error> error;
        QDateTime staleSince;
    };
    QVariant display(int row, int column) const;
    void rowChanged(int row);

    QList<Row> m_rows;
};

} // namespace wk::ui
