#include "WorkspaceTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;

namespace {

const QByteArray dashboards
    = "dashboards:\n  - id: h\n    title: H\n    panels:\n      - {id: p, title: P, expr: up}\n";

Result<workspace::Workspace> parseAt(const QString& file, const QByteArray& section)
{
    return workspace::parseWorkspace(section + dashboards, file);
}

} // namespace

TEST(WorkspaceRunbooks, FoldersAreTakenFromTheWorkspaceFilesFolder)
{
    const auto ws = parseAt(u"/srv/team/workspace.yaml"_s,
        "runbooks:\n  - runbooks\n  - /opt/shared/runbooks/\n"
        "  - ./runbooks/\n");
    ASSERT_TRUE(ws) << ws.error().detail.toStdString();
    EXPECT_EQ(ws->runbookFolders, QStringList({u"/srv/team/runbooks"_s, u"/opt/shared/runbooks"_s}));
}

TEST(WorkspaceRunbooks, OneFolderMayBeGivenWithoutAList)
{
    const auto ws = parseAt(u"/srv/team/workspace.yaml"_s, "runbooks: ../books\n");
    ASSERT_TRUE(ws) << ws.error().detail.toStdString();
    EXPECT_EQ(ws->runbookFolders, QStringList({u"/srv/books"_s}));
}

TEST(WorkspaceRunbooks, AbsentMeansNoFoldersAndTheBuiltInTemplate)
{
    const auto ws = parseAt(u"/srv/team/workspace.yaml"_s, {});
    ASSERT_TRUE(ws) << ws.error().detail.toStdString();
    EXPECT_TRUE(ws->runbookFolders.isEmpty());
    EXPECT_TRUE(ws->postmortemTemplate.isEmpty());
}

TEST(WorkspaceRunbooks, AMappingIsRefusedWithItsPlace)
{
    const auto ws = parseAt(u"/srv/team/workspace.yaml"_s, "runbooks: {path: x}\n");
    ASSERT_FALSE(ws);
    EXPECT_TRUE(ws.error().detail.contains(u"workspace.yaml:1:"_s)) << ws.error().detail.toStdString();
    EXPECT_TRUE(ws.error().detail.contains(u"folder"_s)) << ws.error().detail.toStdString();
}

TEST(WorkspaceRunbooks, PostmortemTemplateMustBeAFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(u"postmortem.md"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# {{title}}\n");
    file.close();
    const QString workspaceFile = dir.filePath(u"workspace.yaml"_s);

    const auto ws = parseAt(workspaceFile, "postmortem_template: postmortem.md\n");
    ASSERT_TRUE(ws) << ws.error().detail.toStdString();
    EXPECT_EQ(ws->postmortemTemplate, QDir::cleanPath(file.fileName()));

    const auto missing = parseAt(workspaceFile, "postmortem_template: nothing-here.md\n");
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().detail.contains(u"nothing-here.md"_s)) << missing.error().detail.toStdString();
}

TEST(WorkspaceRunbooks, TheBuiltInWorkspaceFindsTheShippedRunbooks)
{
    const auto ws = workspace::defaultWorkspace();
    EXPECT_EQ(ws.runbookFolders, QStringList({u":/runbooks"_s}));
    EXPECT_TRUE(QFile::exists(u":/runbooks/model-accuracy-drop.yaml"_s));
}
