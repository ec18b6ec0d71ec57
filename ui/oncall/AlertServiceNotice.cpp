#include "oncall/AlertServiceNotice.h"

#include "common/Theme.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace wk::ui {

AlertServiceNotice::AlertServiceNotice(const alerts::AlertBackend& backend, const Clock& clock, QWidget* parent)
    : QLabel(parent)
    , m_backend(backend)
    , m_clock(clock)
{
    setObjectName(u"alertServiceNotice"_s);
    setTextFormat(Qt::PlainText);
    hide();
}

void AlertServiceNotice::setCounts(int shown, int total, bool more)
{
    const QLocale locale;
    if (total > shown)
        m_counts = tr("Showing %1 of %2 alerts: narrow the query to see the rest")
                       .arg(locale.toString(shown), locale.toString(total));
    else if (more)
        m_counts = tr("Showing the first %1 alerts: narrow the query to see the rest").arg(locale.toString(shown));
    else
        m_counts.clear();
    refresh();
}

void AlertServiceNotice::refresh()
{
    QStringList parts;
    const auto throttle = m_backend.throttle();
    if (throttle && throttle->until > m_clock.now()) {
        parts.append(
            tr("%1 is rate limiting %2 requests until %3")
                .arg(m_backend.sourceName(), throttle->domain, throttle->until.toLocalTime().toString(u"HH:mm:ss"_s)));
    }
    if (!m_counts.isEmpty())
        parts.append(m_counts);
    const QString text = parts.join(u" · "_s);
    if (text != this->text())
        setText(text);
    const QString style = throttle ? u"color: %1"_s.arg(theme::warning.name()) : QString();
    if (style != styleSheet())
        setStyleSheet(style);
    setVisible(!text.isEmpty());
}

} // namespace wk::ui
