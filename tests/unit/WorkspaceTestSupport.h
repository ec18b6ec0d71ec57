#pragma once

#include "workspace/WorkspaceLoader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

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

// One workspace that must not load, and what its message must say: where ("test.yaml:5:3: ", the start) and what.
struct ParseErrorCase
{
    std::string name;
    std::string yaml;
    std::string position;
    std::vector<std::string> mentions;
};

inline void PrintTo(const ParseErrorCase& errorCase, std::ostream* out)
{
    *out << errorCase.name;
}

// Checks the case's message and returns it, for checks of its own.
inline std::string expectParseError(const ParseErrorCase& errorCase)
{
    const std::string message = parseError(errorCase.yaml);
    EXPECT_THAT(message, ::testing::StartsWith(errorCase.position));
    for (const std::string& mention : errorCase.mentions)
        EXPECT_THAT(message, ::testing::HasSubstr(mention));
    return message;
}

} // namespace wk::testsupport
