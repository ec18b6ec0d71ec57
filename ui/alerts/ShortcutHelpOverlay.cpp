#include "alerts/ShortcutHelpOverlay.h"

#include "common/Theme.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

ShortcutHelpOverlay::ShortcutHelpOverlay(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"shortcutHelp"_s);
    setFocusPolicy(Qt::StrongFocus);
    hide();

    // The theme's own colours, whatever the parent's palette: it must read at 03:00 in the dark.
    m_panel = new QWidget(this);
    m_panel->setObjectName(u"shortcutPanel"_s);
    QPalette palette = m_panel->palette();
    palette.setColor(QPalette::Window, theme::panel);
    palette.setColor(QPalette::WindowText, theme::text);
    m_panel->setPalette(palette);
    m_panel->setAutoFillBackground(true);

    auto* title = new QLabel(tr("Keyboard shortcuts"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    title->setFont(titleFont);
    auto* hint = new QLabel(tr("They work while the alert table has the focus. Esc or ? closes this."));
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, theme::mutedText);
    hint->setPalette(muted);

    m_left = new QGridLayout;
    m_right = new QGridLayout;
    for (QGridLayout* grid : {m_left, m_right}) {
        grid->setHorizontalSpacing(14);
        grid->setVerticalSpacing(6);
        grid->setColumnStretch(1, 1);
    }
    auto* columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addLayout(m_left);
    columns->addLayout(m_right);

    auto* layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addLayout(columns);
    layout->addWidget(hint);
}

void ShortcutHelpOverlay::setColumns(
    const QString& leftTitle, const QList<Shortcut>& left, const QString& rightTitle, const QList<Shortcut>& right)
{
    fill(m_left, leftTitle, left);
    fill(m_right, rightTitle, right);
}

void ShortcutHelpOverlay::fill(QGridLayout* grid, const QString& title, const QList<Shortcut>& shortcuts)
{
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto* heading = new QLabel(title);
    QPalette accent = heading->palette();
    accent.setColor(QPalette::WindowText, theme::accent);
    heading->setPalette(accent);
    grid->addWidget(heading, 0, 0, 1, 2);
    int row = 1;
    for (const Shortcut& shortcut : shortcuts) {
        auto* keys = new QLabel(shortcut.keys);
        QFont bold = keys->font();
        bold.setBold(true);
        keys->setFont(bold);
        keys->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(keys, row, 0);
        grid->addWidget(new QLabel(shortcut.what), row, 1);
        ++row;
    }
    grid->setRowStretch(row, 1);
}

void ShortcutHelpOverlay::open(QWidget* over)
{
    if (parentWidget() != over) {
        if (parentWidget() != nullptr)
            parentWidget()->removeEventFilter(this);
        setParent(over);
        over->installEventFilter(this);
    }
    setGeometry(over->rect());
    m_panel->adjustSize();
    m_panel->move((width() - m_panel->width()) / 2, std::max(0, (height() - m_panel->height()) / 2));
    raise();
    show();
    setFocus(Qt::ShortcutFocusReason);
}

void ShortcutHelpOverlay::close()
{
    hide();
    Q_EMIT closed();
}

bool ShortcutHelpOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        open(parentWidget());
    return QWidget::eventFilter(watched, event);
}

void ShortcutHelpOverlay::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Question || event->text() == u"?"_s) {
        close();
        return;
    }
    event->accept(); // the list behind is not for typing into while this is open
}

void ShortcutHelpOverlay::mousePressEvent(QMouseEvent* event)
{
    if (!m_panel->geometry().contains(event->position().toPoint()))
        close();
}

void ShortcutHelpOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x0b, 0x0e, 0x13, 190));
    painter.setPen(QPen(theme::panelBorder, 1));
    painter.drawRect(m_panel->geometry().adjusted(-1, -1, 0, 0));
}

} // namespace wk::ui
