#pragma once

#include "polling/PanelData.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QFrame>

class QLabel;

namespace wk::ui {

class ChartWidget;
class DriftView;
class StatWidget;

// A framed panel: title, a status line that says what is wrong and since when, and the chart or stat.
// A failed poll never blanks the panel: the last good data stays, marked with its age.
class PanelWidget : public QFrame
{
    Q_OBJECT
public:
    explicit PanelWidget(const workspace::Panel& panel, QWidget* parent = nullptr);

    const workspace::Panel& panel() const { return m_panel; }
    void setTitleVariables(const QMap<QString, QString>& variables);
    void setData(const polling::PanelData& data);
    // A variable changed: the old data no longer belongs to this panel.
    void clearData();

    int plotWidth() const;
    bool hasData() const { return m_lastGood.isValid(); }
    QString statusText() const;
    // The last poll failed: the last good data stays on screen, greyed.
    bool isStale() const;
    ChartWidget* chart() const { return m_chart; }
    StatWidget* stat() const { return m_stat; }
    DriftView* drift() const { return m_drift; }

Q_SIGNALS:
    void firstPaintWithData();
    // "Pin to incident" from the panel's context menu.
    void pinRequested();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    workspace::Panel m_panel;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    ChartWidget* m_chart = nullptr;
    StatWidget* m_stat = nullptr;
    DriftView* m_drift = nullptr;
    void setStale(bool stale);

    QDateTime m_lastGood;
    QDateTime m_staleSince;
};

} // namespace wk::ui
