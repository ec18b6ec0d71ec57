#pragma once

#include <QGraphicsOpacityEffect>
#include <QWidget>

namespace wk::ui {

// Greys a widget out (stale data stays on screen, dimmed) or brings it back; does nothing when already so.
inline void setGreyed(QWidget* widget, bool greyed)
{
    if (greyed == (widget->graphicsEffect() != nullptr))
        return;
    if (greyed) {
        auto* effect = new QGraphicsOpacityEffect(widget);
        effect->setOpacity(0.35);
        widget->setGraphicsEffect(effect);
    } else {
        widget->setGraphicsEffect(nullptr);
    }
}

} // namespace wk::ui
