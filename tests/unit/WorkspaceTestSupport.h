#pragma once

#include "workspace/WorkspaceLoader.h"

#include <gtest/gtest.h>

#include <string>

namespace wk::testsupport {

// Parses YAML text as "test.yaml"; the loader must never throw, whatever the input.
inline Result<workspace::Workspace> parse(const std::string& yaml)
{
    Result<workspace::Workspace> result = std::unexpected(Error{});
    EXPECT_NO_THROW(result = workspace::parseWorkspace(QByteArray::fromStdString(yaml), QStringLiteral("test.yaml")));
    return result;
}

// The message of the parse error a user would read, or a marker when the text was accepted.
inline std::string parseError(const std::string& yaml)
{
    const auto result = parse(yaml);
    if (result)
        return "<parsed without error>";
    EXPECT_EQ(result.error().code, ErrorCode::Parse);
    return result.error().detail.toStdString();
}

} // namespace wk::testsupport
