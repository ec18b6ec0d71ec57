#pragma once

#include "alerts/AlertFilterProxyModel.h"
#include "alerts/AlertTableModel.h"
#include "common/Clock.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

// Readable failures: gtest would otherwise print a QString as raw bytes.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace wk::alerttabletest {

using namespace Qt::StringLiterals;
using namespace wk::alerts;
using wk::ui::AlertFilterProxyModel;
using wk::ui::AlertTableModel;
using Tester = QAbstractItemModelTester;

inline const QDateTime kNow = QDateTime::fromString(u"2026-03-01T03:00:00Z"_s, Qt::ISODate);

inline Alert makeAlert(const QString& id, const QString& message, Priority priority, qint64 ageSeconds,
    AlertStatus status = AlertStatus::Open, const QString& team = u"ml-platform"_s)
{
    Alert a;
    a.id = id;
    a.alias = id + u"-alias"_s;
    a.message = message;
    a.priority = priority;
    a.status = status;
    a.team = team;
    a.service = u"svc-"_s + id;
    a.createdAt = kNow.addSecs(-ageSeconds);
    a.updatedAt = a.createdAt;
    return a;
}

inline QList<Alert> fiveAlerts()
{
    return {
        makeAlert(u"a"_s, u"Latency high"_s, Priority::P1, 45),
        makeAlert(u"b"_s, u"Error rate above SLO"_s, Priority::P2, 12 * 60),
        makeAlert(u"c"_s, u"Feature drift on age"_s, Priority::P3, 3 * 3600 + 5 * 60, AlertStatus::Acknowledged),
        makeAlert(u"d"_s, u"GPU memory near limit"_s, Priority::P4, 2 * 86400 + 7200, AlertStatus::Open, u"infra"_s),
        makeAlert(u"e"_s, u"Canary finished"_s, Priority::P5, 600, AlertStatus::Closed, u"infra"_s),
    };
}

inline QString text(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

// Each (column, text) pair as the row shows it.
inline void expectCells(const QAbstractItemModel& model, int row, std::initializer_list<std::pair<int, QString>> cells)
{
    for (const auto& [column, expected] : cells)
        EXPECT_EQ(text(model, row, column), expected) << "column " << column;
}

inline QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(text(model, row, column));
    return values;
}

inline QString statusOf(const AlertTableModel& model, const QString& id)
{
    return text(model, *model.rowOf(id), AlertTableModel::StatusColumn);
}

class AlertTableModelTest : public ::testing::Test
{
protected:
    wk::ManualClock clock{kNow};
    AlertTableModel model{clock};
    Tester modelTester{&model, Tester::FailureReportingMode::Fatal};
};

} // namespace wk::alerttabletest
