// `watchkeeper drift` as a script runs it: real CSV files in, the JSON checked for its schema and against
// numpy/scipy (drift_reference.py), the table for what a person reads, and every kind of bad input for exit code 2
// and a message that names the file, line or column. No output may ever say "nan".

#include "PythonReference.h"
#include "RunWatchkeeper.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using wk::testsupport::CliRun;
using wk::testsupport::runWatchkeeper;
using wk::testsupport::writeFile;

using wk::test::jsonOf;
using wk::test::numberOf;

namespace {

bool mentionsNaN(const CliRun& run)
{
    static const QRegularExpression nan(u"\\bnan\\b"_s, QRegularExpression::CaseInsensitiveOption);
    return nan.match(QString::fromUtf8(run.out)).hasMatch() || nan.match(QString::fromUtf8(run.err)).hasMatch();
}

// A sample of each column as written to the file, so the reference can be fed exactly the same values.
struct Sample
{
    std::vector<double> latency;
    std::vector<QString> region;
    std::vector<double> retries;
    std::vector<double> amount;
};

QByteArray csvNumber(double value)
{
    return QByteArray::number(value, 'g', 17);
}

QByteArray csvText(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"'))
        return text.toUtf8();
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return '"' + quoted.toUtf8() + '"';
}

// Rows of latency (normal), region (categories with a comma and quotes in their names), retries (0..4) and
// amount (log-normal). The current file has two empty latencies and one "n/a" (counted, not used), and a region
// the reference never has.
QByteArray makeCsv(Sample& sample, std::size_t rows, bool current, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> latency(current ? 105.0 : 100.0, 10.0);
    std::lognormal_distribution<double> amount(3.0, 1.0);
    const QStringList regions{u"eu, west"_s, u"us"_s, u"ap \"south\""_s};
    std::discrete_distribution<int> region(
        current ? std::initializer_list<double>{3, 3, 3, 1} : std::initializer_list<double>{5, 3, 2, 0});
    std::discrete_distribution<int> retries(
        current ? std::initializer_list<double>{5, 3, 1, 1, 1} : std::initializer_list<double>{6, 3, 1, 0, 0});
    QByteArray csv = "latency,region,retries,amount\r\n";
    for (std::size_t row = 0; row < rows; ++row) {
        QByteArray latencyCell;
        if (current && (row == 3 || row == 70)) {
            latencyCell = "";
        } else if (current && row == 11) {
            latencyCell = "n/a";
        } else {
            const double value = latency(random);
            sample.latency.push_back(value);
            latencyCell = csvNumber(value);
        }
        const int r = region(random);
        const QString regionName = r < 3 ? regions[r] : u"latam"_s;
        sample.region.push_back(regionName);
        const double retriesValue = retries(random);
        sample.retries.push_back(retriesValue);
        const double amountValue = amount(random);
        sample.amount.push_back(amountValue);
        csv += latencyCell + ',' + csvText(regionName) + ',' + csvNumber(retriesValue) + ',' + csvNumber(amountValue)
            + "\r\n";
    }
    return csv;
}

void expectClose(const QJsonValue& ours, const QJsonValue& theirs, const char* what)
{
    ASSERT_TRUE(ours.isDouble()) << what;
    const double a = ours.toDouble();
    const double b = numberOf(theirs);
    EXPECT_LE(std::abs(a - b), 1e-12 * std::abs(b) + (b == 0.0 ? 1e-15 : 0.0)) << what << ": " << a << " vs " << b;
}

void expectPValue(const QJsonValue& ours, const QJsonValue& theirs, const char* what)
{
    ASSERT_TRUE(ours.isDouble()) << what;
    const double a = ours.toDouble();
    const double b = numberOf(theirs);
    EXPECT_TRUE(std::abs(a - b) <= 1e-9 || std::abs(a - b) <= 1e-6 * b) << what << ": " << a << " vs " << b;
}

class DriftCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        referencePath = writeFile(dir, u"ref.csv"_s, makeCsv(reference, 400, false, 11));
        currentPath = writeFile(dir, u"cur.csv"_s, makeCsv(current, 350, true, 12));
    }

    QTemporaryDir dir;
    Sample reference;
    Sample current;
    QString referencePath;
    QString currentPath;
};

QJsonObject columnNamed(const QJsonObject& root, const QString& name)
{
    for (const QJsonValue& column : root.value(u"columns"_s).toArray()) {
        if (column.toObject().value(u"name"_s).toString() == name)
            return column.toObject();
    }
    ADD_FAILURE() << "no column " << name.toStdString();
    return {};
}

} // namespace

TEST_F(DriftCli, JsonHasTheSchemaAndScipysValues)
{
    const CliRun run = runWatchkeeper(
        {u"drift"_s, u"--reference"_s, referencePath, u"--current"_s, currentPath, u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_FALSE(mentionsNaN(run)) << run;
    const QJsonObject root = run.json();
    EXPECT_EQ(root.value(u"reference"_s).toString(), referencePath);
    EXPECT_EQ(root.value(u"current"_s).toString(), currentPath);
    ASSERT_EQ(root.value(u"columns"_s).toArray().size(), 4) << run;

    for (const QJsonValue& value : root.value(u"columns"_s).toArray()) {
        const QJsonObject column = value.toObject();
        const bool numerical = column.value(u"kind"_s).toString() == u"numerical";
        SCOPED_TRACE(column.value(u"name"_s).toString().toStdString());
        EXPECT_TRUE(numerical || column.value(u"kind"_s).toString() == u"categorical");
        EXPECT_TRUE(column.value(u"n_reference"_s).isDouble());
        EXPECT_TRUE(column.value(u"n_current"_s).isDouble());
        EXPECT_TRUE(column.value(u"psi"_s).isDouble());
        EXPECT_TRUE(column.value(u"jensen_shannon"_s).isDouble());
        EXPECT_EQ(column.contains(u"ks"_s), numerical);
        EXPECT_EQ(column.contains(u"wasserstein_normed"_s), numerical);
        EXPECT_EQ(column.contains(u"chi_square"_s), !numerical);
        if (numerical) {
            const QJsonObject ks = column.value(u"ks"_s).toObject();
            EXPECT_TRUE(ks.value(u"statistic"_s).isDouble());
            EXPECT_TRUE(ks.value(u"pvalue"_s).isDouble());
            EXPECT_TRUE(ks.value(u"method"_s).toString() == u"exact" || ks.value(u"method"_s).toString() == u"asymp");
        } else {
            EXPECT_TRUE(column.value(u"chi_square"_s).toObject().value(u"pvalue"_s).isDouble());
        }
        EXPECT_TRUE(column.value(u"test"_s).isString());
        EXPECT_TRUE(column.value(u"drift"_s).isBool());
        EXPECT_TRUE(column.value(u"warnings"_s).isArray());
        for (const char* file : {"reference", "current"}) {
            const QJsonObject skipped
                = column.value(u"skipped"_s).toObject().value(QString::fromLatin1(file)).toObject();
            EXPECT_TRUE(skipped.value(u"empty"_s).isDouble()) << file;
            EXPECT_TRUE(skipped.value(u"non_numeric"_s).isDouble()) << file;
        }
    }

    const QJsonObject latency = columnNamed(root, u"latency"_s);
    EXPECT_EQ(latency.value(u"kind"_s).toString(), u"numerical"_s);
    EXPECT_EQ(latency.value(u"n_reference"_s).toInt(), 400);
    EXPECT_EQ(latency.value(u"n_current"_s).toInt(), 347);
    EXPECT_EQ(latency.value(u"test"_s).toString(), u"ks"_s);
    EXPECT_TRUE(latency.value(u"drift"_s).toBool()) << "a shift of half a standard deviation";
    const QJsonObject latencySkipped = latency.value(u"skipped"_s).toObject().value(u"current"_s).toObject();
    EXPECT_EQ(latencySkipped.value(u"empty"_s).toInt(), 2);
    EXPECT_EQ(latencySkipped.value(u"non_numeric"_s).toInt(), 1);

    const QJsonObject region = columnNamed(root, u"region"_s);
    EXPECT_EQ(region.value(u"kind"_s).toString(), u"categorical"_s);
    EXPECT_EQ(region.value(u"test"_s).toString(), u"chisquare"_s);
    EXPECT_TRUE(region.value(u"chi_square"_s).toObject().value(u"statistic"_s).isNull()) << "infinite";
    EXPECT_EQ(region.value(u"chi_square"_s).toObject().value(u"pvalue"_s).toDouble(), 0.0);
    EXPECT_EQ(region.value(u"unseen_categories"_s).toArray(), QJsonArray{u"latam"_s});
    EXPECT_TRUE(region.value(u"drift"_s).toBool());
    EXPECT_EQ(region.value(u"warnings"_s).toArray().size(), 1);

    const QJsonObject retries = columnNamed(root, u"retries"_s);
    EXPECT_EQ(retries.value(u"kind"_s).toString(), u"categorical"_s);
    EXPECT_TRUE(retries.value(u"values_as_categories"_s).toBool());

    // The same values through numpy/scipy.
    QJsonArray cases;
    cases.append(QJsonObject{{u"kind"_s, u"numerical"_s}, {u"reference"_s, jsonOf(reference.latency)},
        {u"current"_s, jsonOf(current.latency)}});
    cases.append(QJsonObject{{u"kind"_s, u"categorical"_s}, {u"reference"_s, jsonOf(reference.region)},
        {u"current"_s, jsonOf(current.region)}});
    cases.append(QJsonObject{{u"kind"_s, u"numerical"_s}, {u"reference"_s, jsonOf(reference.retries)},
        {u"current"_s, jsonOf(current.retries)}});
    cases.append(QJsonObject{{u"kind"_s, u"numerical"_s}, {u"reference"_s, jsonOf(reference.amount)},
        {u"current"_s, jsonOf(current.amount)}});
    const auto answer = wk::test::runPythonReference(
        u"drift_reference.py"_s, QJsonDocument(QJsonObject{{u"cases"_s, cases}, {u"chi2_grid"_s, QJsonArray{}}}));
    ASSERT_TRUE(answer);
    const QJsonArray expected = answer->object().value(u"cases"_s).toArray();
    ASSERT_EQ(expected.size(), 4);
    const QStringList names{u"latency"_s, u"region"_s, u"retries"_s, u"amount"_s};
    for (qsizetype i = 0; i < names.size(); ++i) {
        SCOPED_TRACE(names[i].toStdString());
        const QJsonObject ours = columnNamed(root, names[i]);
        const QJsonObject theirs = expected[i].toObject();
        expectClose(ours.value(u"psi"_s), theirs.value(u"psi"_s), "psi");
        expectClose(ours.value(u"jensen_shannon"_s), theirs.value(u"js"_s), "jensen_shannon");
        EXPECT_EQ(ours.value(u"test"_s).toString(), theirs.value(u"test"_s).toString());
        if (ours.contains(u"ks"_s)) {
            const QJsonObject ks = ours.value(u"ks"_s).toObject();
            expectClose(ks.value(u"statistic"_s), theirs.value(u"ks_stat"_s), "ks statistic");
            expectPValue(ks.value(u"pvalue"_s), theirs.value(u"ks_p"_s), "ks p-value");
            expectClose(ours.value(u"wasserstein_normed"_s), theirs.value(u"w1_normed"_s), "wasserstein_normed");
        }
        if (ours.contains(u"chi_square"_s)) {
            const QJsonObject chi = ours.value(u"chi_square"_s).toObject();
            if (!chi.value(u"statistic"_s).isNull())
                expectClose(chi.value(u"statistic"_s), theirs.value(u"chi_stat"_s), "chi-square");
            else
                EXPECT_EQ(theirs.value(u"chi_stat"_s).toString(), u"inf"_s);
            expectPValue(chi.value(u"pvalue"_s), theirs.value(u"chi_p"_s), "chi-square p-value");
        }
    }
}

TEST_F(DriftCli, TableReadsAsAReport)
{
    const CliRun run = runWatchkeeper({u"drift"_s, u"--reference"_s, referencePath, u"--current"_s, currentPath});
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_FALSE(mentionsNaN(run)) << run;
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n');
    ASSERT_GE(lines.size(), 6) << run;
    EXPECT_TRUE(lines[0].startsWith(u"column"_s)) << run;
    for (const QString& word : {u"kind"_s, u"test"_s, u"drift"_s, u"psi"_s, u"ks p"_s, u"chi2 p"_s})
        EXPECT_TRUE(lines[0].contains(word)) << word.toStdString();
    EXPECT_TRUE(lines[1].startsWith(u"latency"_s));
    EXPECT_TRUE(lines[1].contains(u" numerical "_s));
    EXPECT_TRUE(lines[1].contains(u" ks "_s));
    EXPECT_TRUE(lines[2].startsWith(u"region"_s));
    EXPECT_TRUE(lines[2].contains(u" inf "_s)) << "the chi-square of an unseen category";
    const QString text = QString::fromUtf8(run.out);
    EXPECT_TRUE(
        text.contains(u"region: warning: 1 category of the current sample never occurs in the reference (latam)"_s))
        << run;
    EXPECT_TRUE(text.contains(u"latency: skipped in "_s + currentPath + u": 2 empty, 1 not a number"_s)) << run;
    EXPECT_TRUE(text.contains(u"retries: at most 5 distinct values, analysed as categorical"_s)) << run;
    EXPECT_TRUE(text.contains(u"of 4 columns drifted"_s)) << run;
}

TEST_F(DriftCli, ChosenColumnsAndAForcedTest)
{
    const CliRun run = runWatchkeeper({u"drift"_s, u"--reference"_s, referencePath, u"--current"_s, currentPath,
        u"--columns"_s, u"amount, region"_s, u"--test"_s, u"jensenshannon"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    const QJsonArray columns = run.json().value(u"columns"_s).toArray();
    ASSERT_EQ(columns.size(), 2);
    EXPECT_EQ(columns[0].toObject().value(u"name"_s).toString(), u"amount"_s);
    for (const QJsonValue& column : columns) {
        EXPECT_EQ(column.toObject().value(u"test"_s).toString(), u"jensenshannon"_s);
        EXPECT_EQ(
            column.toObject().value(u"score"_s).toDouble(), column.toObject().value(u"jensen_shannon"_s).toDouble());
        EXPECT_EQ(column.toObject().value(u"threshold"_s).toDouble(), 0.1);
    }
}

TEST_F(DriftCli, NoDriftExitsZeroToo)
{
    const CliRun run = runWatchkeeper(
        {u"drift"_s, u"--reference"_s, referencePath, u"--current"_s, referencePath, u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_EQ(run.json().value(u"drifted"_s).toInt(), 0) << run;
    for (const QJsonValue& column : run.json().value(u"columns"_s).toArray()) {
        EXPECT_FALSE(column.toObject().value(u"drift"_s).toBool());
        EXPECT_EQ(column.toObject().value(u"psi"_s).toDouble(), 0.0);
    }
}

TEST(DriftCliConstant, ConstantColumnsHaveNumbersNotNaN)
{
    QTemporaryDir dir;
    const QString reference = writeFile(dir, u"ref.csv"_s, "flat,moved\n5,1\n5,1\n5,1\n");
    const QString current = writeFile(dir, u"cur.csv"_s, "flat,moved\n5,2\n5,2\n");
    const CliRun run
        = runWatchkeeper({u"drift"_s, u"--reference"_s, reference, u"--current"_s, current, u"--format"_s, u"json"_s});
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_FALSE(mentionsNaN(run)) << run;
    const QJsonObject flat = columnNamed(run.json(), u"flat"_s);
    EXPECT_EQ(flat.value(u"chi_square"_s).toObject().value(u"pvalue"_s).toDouble(), 1.0);
    EXPECT_FALSE(flat.value(u"drift"_s).toBool());
    const QJsonObject moved = columnNamed(run.json(), u"moved"_s);
    EXPECT_TRUE(moved.value(u"drift"_s).toBool());
    const CliRun table = runWatchkeeper({u"drift"_s, u"--reference"_s, reference, u"--current"_s, current});
    ASSERT_EQ(table.exitCode, 0) << table;
    EXPECT_FALSE(mentionsNaN(table)) << table;
}

TEST(DriftCliBadInput, EveryBadInputExitsTwoAndSaysWhere)
{
    QTemporaryDir dir;
    const QString good = writeFile(dir, u"good.csv"_s, "x,y\n1,a\n2,b\n3,a\n");
    struct BadCase
    {
        const char* what;
        QByteArray reference;
        QByteArray current;
        QStringList extra;
        QString message; // must appear in stderr
    };
    const std::vector<BadCase> cases{
        {"empty file", "", "x,y\n1,a\n", {}, u"ref.csv: the file is empty"_s},
        {"header only", "x,y\n1,a\n2,b\n", "x,y\r\n", {}, u"cur.csv: no data rows below the header"_s},
        {"ragged row", "x,y\n1,a\n2\n3,c\n", "x,y\n1,a\n", {}, u"ref.csv: line 3: 1 field where the header has 2"_s},
        {"unclosed quote", "x,y\n1,a\n", "x,y\n1,\"a\n2,b\n", {}, u"cur.csv: line 2: a quoted field is not closed"_s},
        {"text after quote", "x,y\n1,\"a\"b\n", "x,y\n1,a\n", {}, u"ref.csv: line 2: text after a closing quote"_s},
        {"column missing", "x,y\n1,a\n2,b\n", "x\n1\n2\n", {}, u"column \"y\" is in "_s},
        {"unknown --columns", "x,y\n1,a\n2,b\n", "x,y\n1,a\n2,b\n", {u"--columns"_s, u"x,zz"_s},
            u"has no column \"zz\""_s},
        {"too few values", "x,y\n1,a\n2,b\n", "x,y\n1,a\n,b\nfoo,a\n", {},
            u"cur.csv, column \"x\": only 1 of 3 cells usable (1 empty, 1 not numbers)"_s},
        {"a single value", "x\n4\n", "x\n4\n5\n", {}, u"ref.csv, column \"x\": only 1 of 1 cells usable"_s},
        {"duplicate header", "x,x\n1,2\n", "x\n1\n", {}, u"ref.csv: line 1: two columns are named \"x\""_s},
        {"bad --format", "x\n1\n2\n", "x\n1\n2\n", {u"--format"_s, u"xml"_s}, u"--format is table or json"_s},
        {"bad --test", "x\n1\n2\n", "x\n1\n2\n", {u"--test"_s, u"psi"_s}, u"--test is auto, ks"_s},
        {"empty --columns", "x\n1\n2\n", "x\n1\n2\n", {u"--columns"_s, u","_s}, u"--columns needs"_s},
        {"stray argument", "x\n1\n2\n", "x\n1\n2\n", {u"extra"_s}, u"unexpected argument \"extra\""_s},
        {"unknown option", "x\n1\n2\n", "x\n1\n2\n", {u"--frobnicate"_s}, u"frobnicate"_s},
    };
    for (const BadCase& c : cases) {
        SCOPED_TRACE(c.what);
        const QString reference = writeFile(dir, u"ref.csv"_s, c.reference);
        const QString current = writeFile(dir, u"cur.csv"_s, c.current);
        for (const QString& format : {u"table"_s, u"json"_s}) {
            const CliRun run = runWatchkeeper(
                QStringList{u"drift"_s, u"--reference"_s, reference, u"--current"_s, current, u"--format"_s, format}
                + c.extra);
            EXPECT_EQ(run.exitCode, 2) << run;
            EXPECT_TRUE(run.out.isEmpty()) << run;
            EXPECT_TRUE(run.err.startsWith("watchkeeper drift: ")) << run;
            EXPECT_TRUE(QString::fromUtf8(run.err).contains(c.message)) << c.message.toStdString() << "\n" << run;
            EXPECT_FALSE(mentionsNaN(run)) << run;
        }
    }
    const CliRun missingCurrent = runWatchkeeper({u"drift"_s, u"--reference"_s, good});
    EXPECT_EQ(missingCurrent.exitCode, 2) << missingCurrent;
    EXPECT_TRUE(missingCurrent.err.contains("give both --reference and --current")) << missingCurrent;
}

TEST(DriftCliBadInput, UnreadableFileExitsOne)
{
    QTemporaryDir dir;
    const QString good = writeFile(dir, u"good.csv"_s, "x\n1\n2\n");
    const CliRun run
        = runWatchkeeper({u"drift"_s, u"--reference"_s, dir.filePath(u"absent.csv"_s), u"--current"_s, good});
    EXPECT_EQ(run.exitCode, 1) << run;
    EXPECT_TRUE(run.err.contains("cannot read")) << run;
    EXPECT_TRUE(run.err.contains("absent.csv")) << run;
}

TEST(DriftCliHelp, HelpExplainsTheExitCodes)
{
    const CliRun run = runWatchkeeper({u"drift"_s, u"--help"_s});
    EXPECT_EQ(run.exitCode, 0) << run;
    EXPECT_TRUE(run.out.contains("--reference")) << run;
    EXPECT_TRUE(run.out.contains("0 whether or not drift is found")) << run;
    EXPECT_TRUE(run.out.contains("2 for bad input")) << run;
}

TEST(DriftCliSkipped, TextInAFewValuedNumberColumnIsCountedInTheTable)
{
    // Few distinct numbers are analysed as categories; the word among them is still left out and said so.
    QTemporaryDir dir;
    const QString reference = writeFile(dir, u"ref.csv"_s, "a\n1\n2\n3\nfoo\n1\n");
    const QString current = writeFile(dir, u"cur.csv"_s, "a\n1\n2\n3\n");
    const CliRun run = runWatchkeeper({u"drift"_s, u"--reference"_s, reference, u"--current"_s, current});
    ASSERT_EQ(run.exitCode, 0) << run;
    EXPECT_NE(run.text().find("skipped in " + reference.toStdString() + ": 1 not a number"), std::string::npos) << run;
}
