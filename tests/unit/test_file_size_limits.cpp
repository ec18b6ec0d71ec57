// Every file the console reads whole is bounded: a 3 GB file (sparse, so the test costs no disk) given as a
// workspace, a runbook, a postmortem template or a drift reference is refused at once with a message that says
// so, instead of being read into memory. A device that reports no size is cut off at the bound too.
#include "analytics/drift/BucketSets.h"
#include "common/BoundedRead.h"
#include "postmortems/PostmortemTemplate.h"
#include "runbooks/RunbookFile.h"
#include "runbooks/RunbookLibrary.h"
#include "workspace/WorkspaceLoader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

constexpr qint64 threeGB = 3'000'000'000LL;

class FileSizeLimits : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    // A file of `size` bytes that takes no space: a hole, as `truncate -s 3G` makes.
    QString sparse(const QString& name, qint64 size = threeGB)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        EXPECT_TRUE(file.resize(size));
        return path;
    }

    QTemporaryDir m_dir;
    QElapsedTimer m_timer;
};

} // namespace

TEST_F(FileSizeLimits, AHugeWorkspaceFileIsRefusedUnread)
{
    const QString path = sparse(u"workspace.yaml"_s);
    m_timer.start();
    const auto loaded = workspace::loadWorkspaceFile(path);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().detail, path + u": the file is larger than 4 MiB (is this the right file?)"_s);
    EXPECT_LT(m_timer.elapsed(), 1000);
}

TEST_F(FileSizeLimits, AHugeRunbookIsRefusedAndTheOthersStillLoad)
{
    const QString path = sparse(u"huge.yaml"_s);
    const auto loaded = runbooks::loadRunbookFile(path);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().detail, path + u": the file is larger than 4 MiB (is this the right file?)"_s);

    QFile small(m_dir.filePath(u"small.md"_s));
    ASSERT_TRUE(small.open(QIODevice::WriteOnly));
    small.write("# Small\n\n## Steps\n\n- [ ] Look at the dashboard\n");
    small.close();
    runbooks::RunbookLibrary library;
    library.loadFolders({m_dir.path()});
    ASSERT_EQ(library.runbooks().size(), 1);
    EXPECT_EQ(library.runbooks().constFirst().title, u"Small"_s);
    ASSERT_EQ(library.problems().size(), 1);
    EXPECT_EQ(library.problems().constFirst().file, path);
}

TEST_F(FileSizeLimits, AHugePostmortemTemplateIsRefused)
{
    const QString path = sparse(u"template.md"_s);
    const auto loaded = postmortems::PostmortemTemplate::load(path);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(
        loaded.error().detail, u"cannot read the postmortem template %1: the file is larger than 4 MiB"_s.arg(path));
}

TEST_F(FileSizeLimits, AHugeDriftReferenceFileIsRefused)
{
    const QString path = sparse(u"reference.csv"_s);
    const auto read = analytics::drift::readReferenceFile(path);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().detail, u"cannot read the reference file %1: the file is larger than 64 MiB"_s.arg(path));
}

TEST_F(FileSizeLimits, TheBoundHoldsForAFileThatReportsNoSize)
{
    QFile zeros(u"/dev/zero"_s);
    ASSERT_TRUE(zeros.open(QIODevice::ReadOnly));
    const auto read = readAtMost(zeros, 1024 * 1024);
    ASSERT_FALSE(read) << "read " << read->size() << " bytes of an endless device";
    EXPECT_EQ(read.error().detail, u"/dev/zero: the file is larger than 1 MiB (is this the right file?)"_s);

    const QString exact = sparse(u"exact.bin"_s, 1024 * 1024);
    QFile file(exact);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto whole = readAtMost(file, 1024 * 1024);
    ASSERT_TRUE(whole) << whole.error().detail.toStdString();
    EXPECT_EQ(whole->size(), 1024 * 1024);
}
