#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QGridLayout;

namespace wk::ui {

// Every keyboard shortcut of the alert list, in two columns on a panel over the dimmed window. Opened with "?";
// closed with Esc, "?" or a click beside the panel.
class ShortcutHelpOverlay : public QWidget
{
    Q_OBJECT

public:
    struct Shortcut
    {
        QString keys; // "J / ↓"
        QString what;
    };

    explicit ShortcutHelpOverlay(QWidget* parent = nullptr);

    void setColumns(
        const QString& leftTitle, const QList<Shortcut>& left, const QString& rightTitle, const QList<Shortcut>& right);
    // Covers `over` (and follows its size) until closed. The window rather than a short dock: the list fits.
    void open(QWidget* over);

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void close();
    void fill(QGridLayout* grid, const QString& title, const QList<Shortcut>& shortcuts);

    QWidget* m_panel = nullptr;
    QGridLayout* m_left = nullptr;
    QGridLayout* m_right = nullptr;
};

} // namespace wk::ui
