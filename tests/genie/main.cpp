#include <QCoreApplication>

#include <gtest/gtest.h>

// The fake server runs on this application's event loop; each test starts its own server.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
