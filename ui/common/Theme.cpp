#include "common/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace wk::ui::theme {

QColor seriesColor(int index)
{
    static const QColor colors[] = {
        QColor(0x4e, 0xa8, 0xde),
        QColor(0x2e, 0xc4, 0xb6),
        QColor(0xf4, 0xa2, 0x61),
        QColor(0xb3, 0x8c, 0xe8),
        QColor(0xef, 0x6f, 0x8c),
        QColor(0xa7, 0xd1, 0x5c),
        QColor(0xf6, 0xd3, 0x65),
        QColor(0x8d, 0xa4, 0xc4),
    };
    return colors[index % int(std::size(colors))];
}

QColor thresholdColor(workspace::ThresholdSeverity severity)
{
    return severity == workspace::ThresholdSeverity::Critical ? critical : warning;
}

QColor priorityColor(alerts::Priority priority)
{
    switch (priority) {
    case alerts::Priority::P1:
        return critical;
    case alerts::Priority::P2:
        return QColor(0xf2, 0x7c, 0x3c);
    case alerts::Priority::P3:
        return QColor(0xf2, 0xc1, 0x4e);
    case alerts::Priority::P4:
        return QColor(0x4e, 0xa8, 0xde);
    case alerts::Priority::P5:
        return mutedText;
    }
    return text;
}

void apply(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, panel);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x2e, 0x3c));
    p.setColor(QPalette::ToolTipBase, panel);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, mutedText);
    p.setColor(QPalette::Button, QColor(0x2b, 0x32, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, critical);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x5d, 0x8a));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Mid, panelBorder);
    p.setColor(QPalette::Dark, QColor(0x15, 0x19, 0x21));
    p.setColor(QPalette::Disabled, QPalette::Text, mutedText.darker(130));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, mutedText.darker(130));
    p.setColor(QPalette::Disabled, QPalette::WindowText, mutedText.darker(130));
    app.setPalette(p);
}

} // namespace wk::ui::theme
