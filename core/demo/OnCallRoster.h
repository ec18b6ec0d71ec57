#pragma once

#include "alerts/AlertBackend.h"

#include <QDateTime>

namespace wk::demo {

// The seed's on-call schedules: weekly rotations for ML Infra and ML Platform, a daily one for Data Science,
// each with a primary, a secondary and a manager and the minutes each has to acknowledge.
class OnCallRoster
{
public:
    alerts::OnCall onCall(const QString& team, const QDateTime& at) const;
    QStringList teams() const;
};

} // namespace wk::demo
