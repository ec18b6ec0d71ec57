#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertFilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace wk::ui {

// Words, priority, team and status to narrow the alert list down. Esc or Return in the words field hands the
// keyboard back to the table (Esc clears the words first).
class AlertFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit AlertFilterBar(QWidget* parent = nullptr);

    alerts::AlertFilter filter() const;
    // The team list follows the teams the alerts are routed to.
    void setTeams(const QList<alerts::Alert>& alerts);

    void focusText(); // and select it, ready to be typed over
    bool clearText(); // false when there was nothing to clear

Q_SIGNALS:
    void filterChanged();
    void done(); // back to the table

private:
    QLineEdit* m_text = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_status = nullptr;
};

} // namespace wk::ui
