#include "alerts/AlertAction.h"

using namespace Qt::StringLiterals;

namespace wk::alerts {

QString actionName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Acknowledge:
        return u"acknowledge"_s;
    case ActionKind::Unacknowledge:
        return u"unacknowledge"_s;
    case ActionKind::Close:
        return u"close"_s;
    case ActionKind::Escalate:
        return u"escalate"_s;
    case ActionKind::AddNote:
        return u"add note"_s;
    case ActionKind::Snooze:
        return u"snooze"_s;
    case ActionKind::Assign:
        return u"assign"_s;
    }
    return {};
}

} // namespace wk::alerts
