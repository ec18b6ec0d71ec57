#include "SoakUser.h"

#include "alerts/AlertActions.h"
#include "alerts/AlertListWidget.h"
#include "alerts/AlertTableModel.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>

using namespace Qt::StringLiterals;

namespace wk::soak {

QString kindName(SoakActionKind kind)
{
    switch (kind) {
    case SoakActionKind::Acknowledge:
        return u"acknowledge"_s;
    case SoakActionKind::AddNote:
        return u"note"_s;
    case SoakActionKind::Close:
        return u"close"_s;
    }
    return {};
}

SoakUser::SoakUser(ui::AlertListWidget& list, int everyMs, QObject* parent)
    : QObject(parent)
    , m_list(list)
{
    m_timer.setInterval(everyMs);
    connect(&m_timer, &QTimer::timeout, this, &SoakUser::act);
}

QString SoakUser::pickAlert()
{
    const ui::AlertTableModel* model = m_list.model();
    const int rows = model->rowCount();
    if (rows == 0)
        return {};
    // Start anywhere and walk on: an open, unacknowledged alert nobody here has touched, and no action pending.
    const int from = int(m_rng.bounded(quint32(rows)));
    for (int i = 0; i < rows; ++i) {
        const alerts::Alert* alert = model->alertAt((from + i) % rows);
        if (alert != nullptr && alert->status == alerts::AlertStatus::Open && !m_touched.contains(alert->id)
            && !model->isPending(alert->id))
            return alert->id;
    }
    return {};
}

void SoakUser::answerNoteDialog(const QString& text)
{
    // The note dialog is modal: answer it from a timer, as a person types into it once it is up.
    auto* poll = new QTimer(this);
    poll->setInterval(20);
    auto tries = std::make_shared<int>(250);
    connect(poll, &QTimer::timeout, this, [poll, tries, text] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr && --*tries > 0)
            return;
        poll->stop();
        poll->deleteLater();
        if (dialog != nullptr) {
            dialog->setTextValue(text);
            dialog->accept();
        }
    });
    poll->start();
}

void SoakUser::act()
{
    const QString id = pickAlert();
    if (id.isEmpty() || !m_list.selectAlert(id)) {
        ++m_skipped;
        return;
    }
    const auto kind = SoakActionKind(m_turn++ % 3);
    SoakAction action{kind, id, {}, QDateTime::currentDateTimeUtc()};
    // The actions the buttons, the More menu and the keys all trigger.
    QAction* trigger = m_list.actions()->action(kind == SoakActionKind::Acknowledge ? alerts::ActionKind::Acknowledge
            : kind == SoakActionKind::Close                                         ? alerts::ActionKind::Close
                                                                                    : alerts::ActionKind::AddNote);
    if (trigger == nullptr || !trigger->isEnabled()) {
        ++m_skipped;
        return;
    }
    m_touched.insert(id);
    if (kind == SoakActionKind::AddNote) {
        action.note = u"soak note %1 at %2"_s.arg(m_actions.size()).arg(action.at.toString(Qt::ISODateWithMs));
        answerNoteDialog(action.note);
    }
    m_actions.append(action);
    trigger->trigger();
}

} // namespace wk::soak
