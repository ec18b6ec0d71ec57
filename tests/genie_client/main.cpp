#include <QCoreApplication>

#include <gtest/gtest.h>

// The fake server and the product's HTTP service share this application's event loop.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
