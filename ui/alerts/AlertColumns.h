#pragma once

#include "alerts/Alert.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace wk::ui {

// What each column of the alert table (AlertTableModel::Column) shows for one alert: its text, the raw value it
// sorts by and its tooltip. Functions of the alert and the time only; the model adds the user's pending and failed
// actions on top.
class AlertColumns
{
    // The model's translation context, so the column words keep their translations.
    Q_DECLARE_TR_FUNCTIONS(wk::ui::AlertTableModel)

public:
    static QString title(int column);
    static QString headerToolTip(int column);
    static int alignment(int column); // Qt::Alignment flags
    static QString text(const alerts::Alert& alert, int column, const QDateTime& now);
    // Never the clock: a comparator whose values drift during a sort is not a strict weak order.
    static QVariant sortValue(const alerts::Alert& alert, int column);
    static QString toolTip(const alerts::Alert& alert, int column);

    // Who acknowledged the alert; empty while nobody has. Backends that only report an owner give the owner.
    static QString acknowledgedBy(const alerts::Alert& alert);
};

} // namespace wk::ui
