#include "alerts/AlertDetailView.h"

#include "alerts/AlertText.h"
#include "common/Theme.h"

#include <QDesktopServices>
#include <QLocale>
#include <QScrollBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

const QString dismissUrl = u"wk:dismiss"_s;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString localTime(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

// Only web links open from here: a runbook field is backend data and must not launch local files.
bool isWebUrl(const QUrl& url)
{
    return url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s) && !url.host().isEmpty();
}

} // namespace

AlertDetailView::AlertDetailView(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, &AlertDetailView::openLink);
    showNothing();
}

void AlertDetailView::showNothing()
{
    m_alertId.clear();
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    render(u"<p style=\"color:%1\">"_s.arg(muted) + esc(tr("Select an alert to see its details and act on it."))
            + u"</p>"_s,
        false);
}

void AlertDetailView::showAlert(
    const alerts::Alert& alert, const QString& pending, const QString& failure, const QString& landed)
{
    const bool sameAlert = alert.id == m_alertId;
    m_alertId = alert.id;
    const QString muted = palette().color(QPalette::PlaceholderText).name();

    QStringList facts{alerts::priorityName(alert.priority), statusText(alert.status)};
    for (const QString& s : {alert.service, alert.team})
        if (!s.isEmpty())
            facts.append(s);
    if (!alert.owner.isEmpty())
        facts.append(tr("owner %1").arg(alert.owner));
    if (alert.createdAt.isValid())
        facts.append(tr("created %1").arg(localTime(alert.createdAt)));
    if (alert.count > 1)
        facts.append(tr("%n occurrence(s)", nullptr, alert.count));

    QString html = u"<p style=\"margin-bottom:2px\"><b style=\"font-size:large\">"_s + esc(alert.message)
        + u"</b></p><p style=\"color:%1; margin-top:0; margin-bottom:10px\">"_s.arg(muted) + esc(facts.join(u" · "_s))
        + u"</p>"_s;
    if (!pending.isEmpty())
        html += u"<p style=\"margin-bottom:10px\"><i>"_s + esc(pending) + u" "_s
            + esc(tr("(waiting for the alert service to confirm)")) + u"</i></p>"_s;
    if (pending.isEmpty() && failure.isEmpty() && !landed.isEmpty())
        html += u"<p style=\"margin-bottom:10px\">✓ "_s + esc(confirmedText(landed)) + u"</p>"_s;
    if (!failure.isEmpty())
        html += u"<p style=\"color:%1; margin-bottom:10px\"><b>⚠ "_s.arg(theme::critical.name()) + esc(failure)
            + u"</b> &nbsp;<a href=\""_s + dismissUrl + u"\">"_s + esc(tr("Dismiss")) + u"</a></p>"_s;

    // One column: the pane sits beside the table, narrow. What it is and what to do first, then history.
    QString left;
    if (!alert.description.isEmpty())
        left += u"<p style=\"white-space:pre-wrap\">"_s + esc(alert.description) + u"</p>"_s;
    const QUrl runbook(alert.runbookUrl, QUrl::StrictMode);
    if (isWebUrl(runbook))
        left += u"<p><b>"_s + esc(tr("Runbook:")) + u"</b> <a href=\""_s + esc(runbook.toString(QUrl::FullyEncoded))
            + u"\">"_s + esc(alert.runbookUrl) + u"</a></p>"_s;
    else if (!alert.runbookUrl.isEmpty())
        left += u"<p><b>"_s + esc(tr("Runbook:")) + u"</b> "_s + esc(alert.runbookUrl) + u"</p>"_s;
    if (!alert.tags.isEmpty())
        left += u"<p><b>"_s + esc(tr("Tags:")) + u"</b> "_s + esc(alert.tags.join(u", "_s)) + u"</p>"_s;
    left += u"<p><b>"_s + esc(tr("Escalation:")) + u"</b> "_s + esc(escalationText(alert.escalationLevel)) + u"</p>"_s;
    left += onCallHtml(alert);

    QString right;
    if (!alert.details.isEmpty()) {
        right += u"<p><b>"_s + esc(tr("Details")) + u"</b></p><table cellspacing=\"0\" cellpadding=\"1\">"_s;
        for (auto it = alert.details.cbegin(); it != alert.details.cend(); ++it)
            right += u"<tr><td style=\"color:%1; padding-right:12px\">"_s.arg(muted) + esc(it.key()) + u"</td><td>"_s
                + esc(it.value()) + u"</td></tr>"_s;
        right += u"</table>"_s;
    }
    right += u"<p><b>"_s + esc(tr("Notes")) + u"</b></p>"_s;
    if (alert.notes.isEmpty())
        right += u"<p style=\"color:%1\">"_s.arg(muted) + esc(tr("No notes yet.")) + u"</p>"_s;
    for (const alerts::AlertNote& note : alert.notes)
        right += u"<p style=\"margin-top:0\"><b>"_s + esc(note.author) + u"</b> <span style=\"color:%1\">"_s.arg(muted)
            + esc(localTime(note.at)) + u"</span><br/><span style=\"white-space:pre-wrap\">"_s + esc(note.text)
            + u"</span></p>"_s;

    html += left + right;
    render(html, sameAlert);
}

void AlertDetailView::setOnCall(const alerts::OnCall& onCall)
{
    m_onCall = onCall;
}

QString AlertDetailView::onCallHtml(const alerts::Alert& alert) const
{
    if (m_onCall.team != alert.team || m_onCall.people.isEmpty())
        return {};
    QString html = u"<p style=\"margin-bottom:2px\"><b>"_s + esc(tr("On call for %1").arg(alert.team)) + u"</b>"_s;
    if (!m_onCall.rotation.isEmpty())
        html += u" <span style=\"color:%1\">("_s.arg(palette().color(QPalette::PlaceholderText).name())
            + esc(m_onCall.rotation) + u")</span>"_s;
    html += u"</p><table cellspacing=\"0\" cellpadding=\"1\">"_s;
    for (const auto& person : m_onCall.people) {
        // The level the alert has reached is the person being paged now.
        const bool current = person.level == alert.escalationLevel && alert.status != alerts::AlertStatus::Closed;
        const QString name = current ? u"<b>▶ "_s + esc(person.name) + u"</b>"_s : esc(person.name);
        html += u"<tr><td style=\"padding-right:10px\">"_s + name + u"</td><td>"_s + esc(person.role)
            + (person.ackMinutes > 0 ? u" · "_s + esc(tr("%1 min to acknowledge").arg(person.ackMinutes)) : QString())
            + u"</td></tr>"_s;
    }
    return html + u"</table>"_s;
}

void AlertDetailView::render(const QString& html, bool keepScroll)
{
    if (html == m_html)
        return;
    m_html = html;
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(keepScroll ? scroll : 0);
}

void AlertDetailView::openLink(const QUrl& url)
{
    if (url.toString() == dismissUrl) {
        if (!m_alertId.isEmpty())
            Q_EMIT dismissFailureRequested(m_alertId);
        return;
    }
    if (isWebUrl(url))
        QDesktopServices::openUrl(url);
}

} // namespace wk::ui
