#include "GenieQuery.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using wk::fakegenie::GenieQuery;

namespace {

// One alert as the search dialect sees it.
QHash<QString, QStringList> paymentsAlert()
{
    return {
        {u"status"_s, {u"open"_s}},
        {u"acknowledged"_s, {u"false"_s}},
        {u"snoozed"_s, {u"false"_s}},
        {u"priority"_s, {u"P1"_s}},
        {u"owner"_s, {u"alice@example.com"_s}},
        {u"teams"_s, {u"7c1e-team-id"_s, u"payments-ml"_s}},
        {u"tag"_s, {u"ml"_s, u"db"_s, u"env:prod"_s}},
        {u"message"_s, {u"p99 latency above 500 ms on fraud-scorer (Redis timeouts)"_s}},
        {u"alias"_s, {u"fraud-scorer-HighP99Latency"_s}},
        {u"tinyId"_s, {u"1791"_s}},
        {u"source"_s, {u"prometheus-alertmanager"_s}},
        {u"createdAt"_s, {u"1704440650350"_s}},
        {u"updatedAt"_s, {u"1704440700000"_s}},
        {u"count"_s, {u"12"_s}},
    };
}

bool matches(const QString& text, GenieQuery::FieldCase fieldCase = GenieQuery::FieldCase::Insensitive)
{
    const auto query = GenieQuery::parse(text, fieldCase);
    EXPECT_TRUE(query.has_value()) << text.toStdString() << ": " << (query ? "" : query.error().toStdString());
    if (!query)
        return false;
    const QHash<QString, QStringList> alert = paymentsAlert();
    return query->matches([&alert](const QString& field) { return alert.value(field); });
}

QString errorOf(const QString& text, GenieQuery::FieldCase fieldCase = GenieQuery::FieldCase::Insensitive)
{
    const auto query = GenieQuery::parse(text, fieldCase);
    return query ? QString() : query.error();
}

} // namespace

TEST(GenieQuery, EmptyQueryMatchesEverything)
{
    EXPECT_TRUE(matches(QString()));
    EXPECT_TRUE(matches(u"   "_s));
}

TEST(GenieQuery, FieldValueTermsCompareWholeValuesCaseInsensitively)
{
    EXPECT_TRUE(matches(u"status:open"_s));
    EXPECT_TRUE(matches(u"status:OPEN"_s));
    EXPECT_FALSE(matches(u"status:closed"_s));
    EXPECT_TRUE(matches(u"priority:P1"_s));
    EXPECT_TRUE(matches(u"acknowledged:false"_s));
    EXPECT_TRUE(matches(u"owner:alice@example.com"_s));
    EXPECT_TRUE(matches(u"tinyId:1791"_s));
    EXPECT_FALSE(matches(u"tinyId:179"_s));
    EXPECT_TRUE(matches(u"tag:env:prod"_s)); // the value runs to the next space, colons included
}

TEST(GenieQuery, TeamsMatchByNameOrId)
{
    EXPECT_TRUE(matches(u"teams:payments-ml"_s));
    EXPECT_TRUE(matches(u"teams:7c1e-team-id"_s));
    EXPECT_FALSE(matches(u"teams:nlp"_s));
}

TEST(GenieQuery, TagAndTagsAreTheSameFieldAndQuotesAreStripped)
{
    EXPECT_TRUE(matches(u"tag:\"db\""_s));
    EXPECT_TRUE(matches(u"tags:db"_s));
    EXPECT_FALSE(matches(u"tag:\"d\""_s));
}

TEST(GenieQuery, MessageMatchesWordsAndPhrasesNotFragments)
{
    EXPECT_TRUE(matches(u"message:latency"_s));
    EXPECT_TRUE(matches(u"message:\"p99 latency\""_s));
    EXPECT_TRUE(matches(u"message:fraud-scorer"_s));
    EXPECT_FALSE(matches(u"message:late"_s));
    EXPECT_FALSE(matches(u"message:\"latency p99\""_s));
}

TEST(GenieQuery, WildcardsMatchAnywhere)
{
    EXPECT_TRUE(matches(u"message:*Redis*"_s));
    EXPECT_TRUE(matches(u"message:*redis*"_s));
    EXPECT_TRUE(matches(u"message:late*"_s)); // a word that starts with it
    EXPECT_TRUE(matches(u"alias:fraud-*"_s));
    EXPECT_FALSE(matches(u"alias:*Latency-x"_s));
    EXPECT_TRUE(matches(u"owner:*@example.com"_s));
}

TEST(GenieQuery, BareWordsSearchTheMessage)
{
    EXPECT_TRUE(matches(u"latency"_s));
    EXPECT_TRUE(matches(u"\"above 500 ms\""_s));
    EXPECT_FALSE(matches(u"accuracy"_s));
    EXPECT_TRUE(matches(u"latency fraud"_s)); // adjacent terms are ANDed
    EXPECT_FALSE(matches(u"latency accuracy"_s));
}

TEST(GenieQuery, BooleanOperatorsAndParentheses)
{
    EXPECT_TRUE(matches(u"status:open AND priority:P1"_s));
    EXPECT_FALSE(matches(u"status:open AND priority:P2"_s));
    EXPECT_TRUE(matches(u"priority:P2 OR priority:P1"_s));
    EXPECT_TRUE(matches(u"NOT status:closed"_s));
    EXPECT_FALSE(matches(u"NOT status:open"_s));
    EXPECT_TRUE(matches(u"status:open AND (priority:P2 OR teams:payments-ml)"_s));
    EXPECT_FALSE(matches(u"status:open AND (priority:P2 OR teams:nlp)"_s));
    // AND binds tighter than OR.
    EXPECT_TRUE(matches(u"priority:P5 AND status:closed OR tag:db"_s));
    EXPECT_FALSE(matches(u"priority:P5 AND (status:closed OR tag:db)"_s));
    EXPECT_TRUE(matches(u"NOT (priority:P2 OR priority:P3)"_s));
    // Lower-case "and" is a word, not an operator.
    EXPECT_FALSE(matches(u"status:open and priority:P1"_s));
}

TEST(GenieQuery, ComparisonsOnTimesAndCount)
{
    EXPECT_TRUE(matches(u"createdAt>=1704440650350"_s));
    EXPECT_TRUE(matches(u"createdAt>1704440650349"_s));
    EXPECT_FALSE(matches(u"createdAt>1704440650350"_s));
    EXPECT_TRUE(matches(u"createdAt<=1704440650350"_s));
    EXPECT_TRUE(matches(u"updatedAt<1704440700001"_s));
    EXPECT_TRUE(matches(u"count>10 AND count<13"_s));
    EXPECT_TRUE(matches(u"count:12"_s));
    EXPECT_TRUE(matches(u"status:open AND createdAt>=1704000000000"_s));
}

TEST(GenieQuery, OpsgenieFieldNamesAreCaseInsensitive)
{
    EXPECT_TRUE(matches(u"STATUS:open"_s));
    EXPECT_TRUE(matches(u"TinyID:1791"_s));
    EXPECT_TRUE(matches(u"CreatedAt>1"_s));
}

TEST(GenieQuery, JsmFieldNamesAreCaseSensitive)
{
    const auto sensitive = GenieQuery::FieldCase::Sensitive;
    EXPECT_TRUE(matches(u"status:open AND tinyId:1791 AND createdAt>1"_s, sensitive));
    EXPECT_TRUE(matches(u"tags:db"_s, sensitive));
    EXPECT_TRUE(errorOf(u"Status:open"_s, sensitive).contains(u"Unknown field 'Status'"_s));
    EXPECT_TRUE(errorOf(u"Status:open"_s, sensitive).contains(u"case-sensitive"_s));
    EXPECT_FALSE(errorOf(u"tinyid:1791"_s, sensitive).isEmpty());
    EXPECT_FALSE(errorOf(u"CreatedAt>1"_s, sensitive).isEmpty());
}

TEST(GenieQuery, MalformedQueriesSayWhatIsWrong)
{
    EXPECT_TRUE(errorOf(u"(status:open"_s).contains(u"Missing ')'"_s));
    EXPECT_TRUE(errorOf(u"status:open)"_s).contains(u"Unexpected ')'"_s));
    EXPECT_TRUE(errorOf(u"status:"_s).contains(u"Missing value"_s));
    EXPECT_TRUE(errorOf(u"status:open AND"_s).contains(u"Expected a term"_s));
    EXPECT_TRUE(errorOf(u"OR status:open"_s).contains(u"needs a term before it"_s));
    EXPECT_TRUE(errorOf(u"NOT"_s).contains(u"Expected a term"_s));
    EXPECT_TRUE(errorOf(u"()"_s).contains(u"Unexpected ')'"_s));
    EXPECT_TRUE(errorOf(u"message:\"unterminated"_s).contains(u"Unterminated quote"_s));
    EXPECT_TRUE(errorOf(u":open"_s).contains(u"Expected a field name"_s));
    EXPECT_TRUE(errorOf(u"colour:red"_s).contains(u"Unknown field 'colour'"_s));
    EXPECT_TRUE(errorOf(u"priority>P1"_s).contains(u"not a numeric field"_s));
    EXPECT_TRUE(errorOf(u"createdAt>yesterday"_s).contains(u"whole number"_s));
    EXPECT_TRUE(errorOf(u"count>=\"ten\""_s).contains(u"whole number"_s));
}

TEST(GenieQuery, KnowsTheDocumentedFields)
{
    const QStringList& fields = GenieQuery::fieldNames();
    for (const QString& field : {u"status"_s, u"acknowledged"_s, u"snoozed"_s, u"priority"_s, u"owner"_s, u"teams"_s,
             u"tag"_s, u"message"_s, u"alias"_s, u"tinyId"_s, u"source"_s, u"createdAt"_s, u"updatedAt"_s, u"count"_s})
        EXPECT_TRUE(fields.contains(field)) << field.toStdString();
}
