// Screenshots of the alert list for a human look: a bulk selection with marks, and the shortcut help over it.
#include "test_alert_list_fixture.h"

#include "alerts/ShortcutHelpOverlay.h"

#include <QDir>

using namespace wk::alertlisttest;
using wk::ui::AlertTableModel;

namespace {

bool save(QWidget& widget, const QString& name)
{
    const QImage image = widget.grab().toImage();
    QDir().mkpath(QString::fromUtf8(WK_SCREENSHOT_DIR));
    return image.save(QString::fromUtf8(WK_SCREENSHOT_DIR) + u'/' + name);
}

} // namespace

TEST_F(AlertListTest, Screenshot)
{
    // A window 1400 px wide with the alert dock pulled up to a comfortable height.
    widget.resize(1400, 460);
    QList<Alert> alerts = backend.alerts();
    alerts.append(heartbeatAlert());
    widget.setAlerts(alerts);
    auto* statusFilter = combo(u"statusCombo"_s);
    statusFilter->setCurrentIndex(statusFilter->findText(u"All statuses"_s));
    widget.model()->markPending(u"a3"_s, ActionKind::Escalate, u"pending-1"_s);
    widget.model()->markPending(u"a4"_s, ActionKind::Acknowledge, u"failed-1"_s);
    widget.model()->fail(u"failed-1"_s, u"the alert service refused it (HTTP 409): alert is locked"_s);
    widget.model()->markPending(u"a8"_s, ActionKind::Acknowledge, u"landed-1"_s);
    widget.model()->landed(u"landed-1"_s, kNow.addSecs(-40));
    ASSERT_TRUE(showFocused());
    select({u"a1"_s, u"a4"_s, u"a3"_s, u"a7"_s});
    QTest::qWait(50);

    const QImage image = widget.grab().toImage();
    EXPECT_EQ(image.size(), QSize(1400, 460) * image.devicePixelRatio());
    EXPECT_TRUE(save(widget, u"alert-list.png"_s));

    widget.showShortcutHelp();
    auto* help = widget.findChild<wk::ui::ShortcutHelpOverlay*>();
    ASSERT_NE(help, nullptr);
    ASSERT_TRUE(help->isVisible());
    QTest::qWait(50);
    EXPECT_TRUE(save(widget, u"alert-list-help.png"_s));
}
