#include "workspace/Variables.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::workspace;

namespace {

std::string expand(const QString& text, const QMap<QString, QString>& values)
{
    return expandVariables(text, values).toStdString();
}

std::vector<std::string> used(const QString& text)
{
    std::vector<std::string> names;
    for (const QString& name : variablesUsed(text))
        names.push_back(name.toStdString());
    return names;
}

const QMap<QString, QString> serviceValues{{u"service"_s, u"fraud-scorer"_s}, {u"feature"_s, u"amount"_s}};

} // namespace

TEST(VariablesExpand, ReplacesBothForms)
{
    EXPECT_EQ(expand(u"up{service=\"$service\"}"_s, serviceValues), "up{service=\"fraud-scorer\"}");
    EXPECT_EQ(expand(u"up{service=\"${service}\"}"_s, serviceValues), "up{service=\"fraud-scorer\"}");
    EXPECT_EQ(expand(u"$feature: now vs 1 day ago"_s, serviceValues), "amount: now vs 1 day ago");
    EXPECT_EQ(expand(u"$service/$feature/$service"_s, serviceValues), "fraud-scorer/amount/fraud-scorer");
}

TEST(VariablesExpand, LongestNameWins)
{
    const QMap<QString, QString> values{{u"service"_s, u"short"_s}, {u"service_name"_s, u"long"_s}};
    EXPECT_EQ(expand(u"a=$service_name b=$service"_s, values), "a=long b=short");
    EXPECT_EQ(expand(u"${service}_name"_s, values), "short_name");
}

TEST(VariablesExpand, NameIsNotCutShortByAShorterVariable)
{
    // Only "service" is known: $service_name is another (unknown) variable, not $service + "_name".
    const QMap<QString, QString> values{{u"service"_s, u"svc"_s}};
    EXPECT_EQ(expand(u"$service_name"_s, values), "$service_name");
    EXPECT_EQ(expand(u"${service}_name"_s, values), "svc_name");
}

TEST(VariablesExpand, LeavesUnknownAndNonVariablesAlone)
{
    EXPECT_EQ(expand(u"$unknown ${unknown} $"_s, serviceValues), "$unknown ${unknown} $");
    EXPECT_EQ(expand(u"label_replace(up, \"x\", \"$1\", \"instance\", \"(.*)\")"_s, serviceValues),
        "label_replace(up, \"x\", \"$1\", \"instance\", \"(.*)\")");
    EXPECT_EQ(expand(u"node=~\"gpu-.*$\""_s, serviceValues), "node=~\"gpu-.*$\"");
    EXPECT_EQ(expand(u"${service"_s, serviceValues), "${service");
    EXPECT_EQ(expand(u"${bad name}"_s, serviceValues), "${bad name}");
    EXPECT_EQ(expand(u"$$service"_s, serviceValues), "$fraud-scorer");
    EXPECT_EQ(expand(u"no variables here"_s, serviceValues), "no variables here");
    EXPECT_EQ(expand(u"$service"_s, {}), "$service");
}

TEST(VariablesExpand, DoesNotExpandValuesAgain)
{
    const QMap<QString, QString> values{{u"a"_s, u"$b"_s}, {u"b"_s, u"x"_s}};
    EXPECT_EQ(expand(u"$a $b"_s, values), "$b x");
}

TEST(VariablesExpand, EmptyValueIsSubstituted)
{
    EXPECT_EQ(expand(u"up{service=\"$service\"}"_s, {{u"service"_s, QString()}}), "up{service=\"\"}");
}

TEST(VariablesUsed, ListsEachNameOnceInOrder)
{
    EXPECT_EQ(used(u"$feature ${service} $feature $service_name"_s),
        (std::vector<std::string>{"feature", "service", "service_name"}));
    EXPECT_TRUE(used(u"\"$1\" ${} ${1x} $ $-"_s).empty());
    EXPECT_EQ(used(u"x{a=\"$_private9\"}"_s), std::vector<std::string>{"_private9"});
}

TEST(VariablesName, AcceptsIdentifiersOnly)
{
    EXPECT_TRUE(isVariableName(u"service"));
    EXPECT_TRUE(isVariableName(u"_x1"));
    EXPECT_FALSE(isVariableName(u""));
    EXPECT_FALSE(isVariableName(u"1x"));
    EXPECT_FALSE(isVariableName(u"a-b"));
    EXPECT_FALSE(isVariableName(u"a b"));
}

TEST(VariablesLabelValues, ParsesSelectorAndLabel)
{
    const auto query = parseLabelValuesQuery(u"label_values(ml_requests_total, service)"_s);
    ASSERT_TRUE(query.has_value());
    EXPECT_EQ(query->selector.toStdString(), "ml_requests_total");
    EXPECT_EQ(query->label.toStdString(), "service");
}

TEST(VariablesLabelValues, LabelOnly)
{
    const auto query = parseLabelValuesQuery(u"  label_values( job )  "_s);
    ASSERT_TRUE(query.has_value());
    EXPECT_TRUE(query->selector.isEmpty());
    EXPECT_EQ(query->label.toStdString(), "job");
}

TEST(VariablesLabelValues, CommasInsideSelectorAndQuotes)
{
    const auto query = parseLabelValuesQuery(
        u"label_values(ml_feature_value_bucket{service=\"$service\",note=\"a,b)\"}, feature)"_s);
    ASSERT_TRUE(query.has_value());
    EXPECT_EQ(query->selector.toStdString(), "ml_feature_value_bucket{service=\"$service\",note=\"a,b)\"}");
    EXPECT_EQ(query->label.toStdString(), "feature");

    const auto escaped = parseLabelValuesQuery(u"label_values(up{a=\"x\\\",}\"}, job)"_s);
    ASSERT_TRUE(escaped.has_value());
    EXPECT_EQ(escaped->label.toStdString(), "job");
}

TEST(VariablesLabelValues, RejectsMalformedQueries)
{
    const QStringList bad{
        QString(),
        u"ml_requests_total"_s,
        u"label_values()"_s,
        u"label_values(up, )"_s,
        u"label_values(, job)"_s,
        u"label_values(up, job, instance)"_s,
        u"label_values(up, 1job)"_s,
        u"label_values(up, job-name)"_s,
        u"label_values(up{a=\"}\", job"_s,
        u"label_values(up{a=\"x}, job)"_s,
        u"label_values(up)) + (x, job)"_s,
        u"label_values(up, job) + 1"_s,
        u"label_names(up, job)"_s,
        u"label_values up, job"_s,
        u"query_result(up)"_s,
    };
    for (const QString& query : bad)
        EXPECT_FALSE(parseLabelValuesQuery(query).has_value()) << query.toStdString();
}
