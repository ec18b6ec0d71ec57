#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QTimer>

namespace wk::ui {
class AlertListWidget;
}

namespace wk::soak {

enum class SoakActionKind { Acknowledge, AddNote, Close };

struct SoakAction
{
    SoakActionKind kind;
    QString alertId;
    QString note; // AddNote: the text, unique per action
    QDateTime at;
};

// An on-call engineer working through the flood at a steady pace, through the alert list's own buttons and
// dialogs: acknowledge, note, close in turn, each on an open alert not touched before. Records what was done.
class SoakUser : public QObject
{
    Q_OBJECT
public:
    SoakUser(ui::AlertListWidget& list, int everyMs, QObject* parent = nullptr);

    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    const QList<SoakAction>& actions() const { return m_actions; }
    int skipped() const { return m_skipped; } // turns with no open alert to act on

private:
    void act();
    QString pickAlert();
    void answerNoteDialog(const QString& text);

    ui::AlertListWidget& m_list;
    QTimer m_timer;
    QRandomGenerator m_rng{20261121};
    QSet<QString> m_touched;
    QList<SoakAction> m_actions;
    int m_turn = 0;
    int m_skipped = 0;
};

QString kindName(SoakActionKind kind);

} // namespace wk::soak
