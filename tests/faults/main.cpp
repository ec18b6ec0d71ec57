#include "common/Theme.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

// One QApplication for the run; each test builds its own console, servers and files.
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    wk::ui::theme::apply(app);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
