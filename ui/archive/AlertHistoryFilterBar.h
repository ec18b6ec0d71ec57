#pragma once

#include "archive/AlertArchive.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace wk {
class Clock;
}

namespace wk::ui {

// What the alert history shows: words to look for, a date range, team, priority, service and whether only
// resolved alerts count. Pickers ask at once; typing asks once the user pauses.
class AlertHistoryFilterBar : public QWidget
{
    Q_OBJECT

public:
    enum class Range { Last7Days, Last30Days, Last90Days, All, Custom };
    static constexpr int typingPauseMs = 250;

    explicit AlertHistoryFilterBar(const Clock& clock, QWidget* parent = nullptr);

    // What the controls ask for now, without a limit. "Last 7 days" ends now, by the clock; a custom range covers
    // its two days whole, in local time.
    archive::ArchiveQuery query() const;
    // The teams and services to offer. A chosen one stays even when the archive no longer names it.
    void setValues(const archive::ArchiveValues& values);

    void setRange(Range range);
    void setCustomRange(const QDate& from, const QDate& to); // chooses Custom
    Range range() const;
    bool isTyping() const; // words typed and not asked for yet
    void focusSearch();

    QLineEdit* searchField() const { return m_search; }
    QComboBox* rangePicker() const { return m_range; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* teamPicker() const { return m_team; }
    QComboBox* priorityPicker() const { return m_priority; }
    QComboBox* servicePicker() const { return m_service; }
    QCheckBox* resolvedOnlyBox() const { return m_resolvedOnly; }

Q_SIGNALS:
    void queryChanged();

private:
    void rangeChosen();
    void askNow();

    const Clock& m_clock;
    QLineEdit* m_search = nullptr;
    QTimer* m_typing = nullptr;
    QComboBox* m_range = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_dash = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_service = nullptr;
    QCheckBox* m_resolvedOnly = nullptr;
};

} // namespace wk::ui
