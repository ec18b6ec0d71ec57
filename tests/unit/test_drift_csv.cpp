#include "analytics/drift/CsvCells.h"
#include "analytics/drift/CsvTable.h"
#include "analytics/drift/DatasetDrift.h"

#include <gtest/gtest.h>

using namespace wk::analytics::drift;
using namespace Qt::StringLiterals;

namespace {

CsvTable parsed(QByteArrayView bytes)
{
    auto table = parseCsv(bytes);
    EXPECT_TRUE(table) << table.error().detail.toStdString();
    return table ? *table : CsvTable{};
}

QString parseError(QByteArrayView bytes)
{
    const auto table = parseCsv(bytes);
    EXPECT_FALSE(table) << "parsed although it should not: " << bytes.toByteArray().toStdString();
    return table ? QString() : table.error().detail;
}

DatasetOptions named()
{
    DatasetOptions options;
    options.referenceName = u"ref.csv"_s;
    options.currentName = u"cur.csv"_s;
    return options;
}

} // namespace

TEST(DriftCsv, QuotedFieldsHoldCommasQuotesAndLineBreaks)
{
    const CsvTable table = parsed("\xEF\xBB\xBF name , note\r\n\"a,b\",\"say \"\"hi\"\"\"\r\nc,\"two\nlines\"\r\n");
    ASSERT_EQ(table.columns.size(), 2u);
    EXPECT_EQ(table.columns[0].name, u"name"_s) << "header names are trimmed, the BOM dropped";
    EXPECT_EQ(table.columns[1].name, u"note"_s);
    ASSERT_EQ(table.rowCount(), 2);
    EXPECT_EQ(table.columns[0].cell(0), "a,b");
    EXPECT_EQ(table.columns[1].cell(0), "say \"hi\"");
    EXPECT_EQ(table.columns[1].cell(1), "two\nlines");
    EXPECT_EQ(table.column(u"note")->cell(1), "two\nlines");
    EXPECT_EQ(table.column(u"missing"), nullptr);
}

TEST(DriftCsv, BlankLinesAndAMissingFinalNewlineAreFine)
{
    const CsvTable table = parsed("\n\nx,y\n1,2\n\n3,\n4,5");
    ASSERT_EQ(table.rowCount(), 3);
    EXPECT_EQ(table.columns[1].cell(1), "");
    EXPECT_EQ(table.columns[1].cell(2), "5");
}

TEST(DriftCsv, BadFilesSayWhatAndWhere)
{
    EXPECT_EQ(parseError(""), u"the file is empty"_s);
    EXPECT_EQ(parseError("\n\r\n"), u"the file is empty"_s);
    EXPECT_EQ(parseError("a,b\n"), u"no data rows below the header"_s);
    EXPECT_EQ(parseError("a,b\n1,2\n3\n"), u"line 3: 1 field where the header has 2"_s);
    EXPECT_EQ(parseError("a,b\n\"x\ny\",1\n1,2,3\n"), u"line 4: 3 fields where the header has 2"_s)
        << "lines count the break inside the quoted field";
    EXPECT_EQ(parseError("a,b\n1,\"open\n2,3\n"), u"line 2: a quoted field is not closed"_s);
    EXPECT_EQ(parseError("a,b\n\"x\"y,1\n"), u"line 2: text after a closing quote"_s);
    EXPECT_EQ(parseError("a,,c\n1,2,3\n"), u"line 1: column 2 of the header has no name"_s);
    EXPECT_EQ(parseError("a,b,a\n1,2,3\n"), u"line 1: two columns are named \"a\""_s);
}

TEST(DriftCsv, NumbersAreCLocaleAndFinite)
{
    EXPECT_EQ(parseCsvNumber("1.5"), 1.5);
    EXPECT_EQ(parseCsvNumber("  -2e3\t"), -2000.0);
    EXPECT_EQ(parseCsvNumber("+7"), 7.0);
    EXPECT_EQ(parseCsvNumber(".5"), 0.5);
    for (const char* bad : {"", " ", "1,5", "nan", "NaN", "inf", "-inf", "1e999", "0x10", "++1", "+-1", "1.5x", "abc"})
        EXPECT_FALSE(parseCsvNumber(bad).has_value()) << bad;
}

TEST(DriftCsv, KindFollowsTheMajorityOfNonEmptyCells)
{
    const CsvTable table = parsed("num,cat,tie,blank\n1,a,1, \n2,b,x,\nn/a,3,,\n4,c,,\n");
    EXPECT_EQ(detectKind(*table.column(u"num")), ColumnKind::Numerical);
    EXPECT_EQ(detectKind(*table.column(u"cat")), ColumnKind::Categorical);
    EXPECT_EQ(detectKind(*table.column(u"tie")), ColumnKind::Categorical) << "one number, one word: no majority";
    EXPECT_EQ(detectKind(*table.column(u"blank")), ColumnKind::Categorical);

    const NumericalCells numbers = numericalCells(*table.column(u"num"));
    EXPECT_EQ(numbers.values, (std::vector<double>{1, 2, 4}));
    EXPECT_EQ(numbers.skipped.nonNumeric, 1);
    EXPECT_EQ(numbers.skipped.empty, 0);
    const CategoricalCells words = categoricalCells(*table.column(u"tie"));
    EXPECT_EQ(words.values, (std::vector<QString>{u"1"_s, u"x"_s}));
    EXPECT_EQ(words.skipped.empty, 2);
}

TEST(DriftCsv, DatasetCountsSkippedCellsPerFile)
{
    const CsvTable reference = parsed("x,c\n1,a\n2,b\n,a\n3,b\n4,a\n5,b\n6,a\n");
    const CsvTable current = parsed("x,c\n1,a\nbad,\n2,b\n3,b\n,b\n7,b\n8,\n");
    const auto reports = datasetDrift(reference, current, named());
    ASSERT_TRUE(reports) << reports.error().detail.toStdString();
    ASSERT_EQ(reports->size(), 2u);
    const ColumnReport& x = reports->at(0);
    EXPECT_EQ(x.name, u"x"_s);
    EXPECT_EQ(x.drift.kind, ColumnKind::Numerical);
    EXPECT_EQ(x.drift.referenceSize, 6u);
    EXPECT_EQ(x.drift.currentSize, 5u);
    EXPECT_EQ(x.referenceSkipped.empty, 1);
    EXPECT_EQ(x.currentSkipped.empty, 1);
    EXPECT_EQ(x.currentSkipped.nonNumeric, 1);
    const ColumnReport& c = reports->at(1);
    EXPECT_EQ(c.drift.kind, ColumnKind::Categorical);
    EXPECT_EQ(c.currentSkipped.empty, 2);
    EXPECT_EQ(c.currentSkipped.nonNumeric, 0);
}

TEST(DriftCsv, DatasetErrorsNameTheFileAndColumn)
{
    const CsvTable reference = parsed("x,y\n1,a\n2,b\n3,c\n");
    const CsvTable current = parsed("x,z\n1,a\n2,b\n");
    const auto missing = datasetDrift(reference, current, named());
    ASSERT_FALSE(missing);
    EXPECT_EQ(
        missing.error().detail, u"column \"y\" is in ref.csv but not in cur.csv (choose columns with --columns)"_s);

    DatasetOptions options = named();
    options.columns = {u"x"_s};
    EXPECT_TRUE(datasetDrift(reference, current, options));
    options.columns = {u"y"_s};
    const auto unknown = datasetDrift(reference, current, options);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().detail, u"cur.csv has no column \"y\" (its columns: x, z)"_s);

    const CsvTable sparse = parsed("x\n1\n\nfoo\n2\n");
    const CsvTable oneValue = parsed("x\n1\n \nfoo\n");
    const auto few = datasetDrift(sparse, oneValue, named());
    ASSERT_FALSE(few);
    EXPECT_EQ(few.error().detail,
        u"cur.csv, column \"x\": only 1 of 3 cells usable (1 empty, 1 not numbers); drift needs at least 2"_s);
}

TEST(DriftCsv, ForcedCategoricalColumn)
{
    const CsvTable reference = parsed("zip\n01234\n90210\n01234\n10001\n20002\n30003\n");
    const CsvTable current = parsed("zip\n1234\n90210\n");
    DatasetOptions options = named();
    options.categorical = {u"zip"_s};
    const auto reports = datasetDrift(reference, current, options);
    ASSERT_TRUE(reports);
    EXPECT_EQ(reports->front().drift.kind, ColumnKind::Categorical);
    EXPECT_EQ(reports->front().drift.unseenCategories, QStringList{u"1234"_s}) << "\"01234\" is not \"1234\"";
}
