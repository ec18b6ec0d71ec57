#include <QApplication>
#include <QStandardPaths>

#include "common/Theme.h"

#include <gtest/gtest.h>

// Widget tests need one QApplication for the whole run; each test builds its own widgets.
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    wk::ui::theme::apply(app); // screenshots look like the real console
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
