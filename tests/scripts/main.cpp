#include <QCoreApplication>

#include <gtest/gtest.h>

// The script runner needs an event loop for its process and timers; no GUI.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
