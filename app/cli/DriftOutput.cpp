#include "cli/DriftOutput.h"

#include "cli/TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace wk::analytics::drift;

namespace wk::cli {

namespace {

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject skippedJson(const SkippedCells& skipped)
{
    return {{u"empty"_s, skipped.empty}, {u"non_numeric"_s, skipped.nonNumeric}};
}

QJsonObject columnJson(const ColumnReport& report)
{
    const ColumnDrift& drift = report.drift;
    QJsonObject column;
    column.insert(u"name"_s, report.name);
    column.insert(u"kind"_s, columnKindName(drift.kind));
    if (drift.numbersAsCategories)
        column.insert(u"values_as_categories"_s, true);
    column.insert(u"n_reference"_s, qint64(drift.referenceSize));
    column.insert(u"n_current"_s, qint64(drift.currentSize));
    if (drift.ks) {
        column.insert(u"ks"_s,
            QJsonObject{{u"statistic"_s, jsonNumber(drift.ks->statistic)}, {u"pvalue"_s, jsonNumber(drift.ks->pvalue)},
                {u"method"_s, drift.ks->method == KsMethod::Exact ? u"exact"_s : u"asymp"_s}});
    }
    column.insert(u"psi"_s, jsonNumber(drift.psi));
    if (drift.wassersteinNormed)
        column.insert(u"wasserstein_normed"_s, jsonNumber(*drift.wassersteinNormed));
    column.insert(u"jensen_shannon"_s, jsonNumber(drift.jensenShannon));
    if (drift.chiSquare) {
        column.insert(u"chi_square"_s,
            QJsonObject{{u"statistic"_s, jsonNumber(drift.chiSquare->statistic)},
                {u"pvalue"_s, jsonNumber(drift.chiSquare->pvalue)}, {u"df"_s, drift.chiSquare->degreesOfFreedom}});
    }
    if (!drift.unseenCategories.isEmpty())
        column.insert(u"unseen_categories"_s, QJsonArray::fromStringList(drift.unseenCategories));
    column.insert(u"test"_s, driftTestName(drift.test));
    column.insert(u"score"_s, jsonNumber(drift.score));
    column.insert(u"threshold"_s, drift.threshold);
    column.insert(u"drift"_s, drift.drift);
    column.insert(u"skipped"_s,
        QJsonObject{{u"reference"_s, skippedJson(report.referenceSkipped)},
            {u"current"_s, skippedJson(report.currentSkipped)}});
    column.insert(u"warnings"_s, QJsonArray::fromStringList(drift.warnings));
    return column;
}

QString numberText(double value)
{
    if (std::isinf(value))
        return value > 0 ? u"inf"_s : u"-inf"_s;
    return QString::number(value, 'g', 4);
}

QString optionalText(const std::optional<double>& value)
{
    return value ? numberText(*value) : u"-"_s;
}

// What was left out of a column; non-numbers only where the column was read as numbers (also when its few
// distinct values were then analysed as categories).
QString skippedText(const SkippedCells& skipped, const ColumnDrift& drift)
{
    QStringList parts;
    if (skipped.empty > 0)
        parts.append(u"%1 empty"_s.arg(skipped.empty));
    if ((drift.kind == ColumnKind::Numerical || drift.numbersAsCategories) && skipped.nonNumeric > 0)
        parts.append(u"%1 not a number"_s.arg(skipped.nonNumeric));
    return parts.join(u", "_s);
}

qsizetype driftedCount(const std::vector<ColumnReport>& reports)
{
    return std::ranges::count_if(reports, [](const ColumnReport& report) { return report.drift.drift; });
}

} // namespace

QByteArray driftJson(const QString& referenceFile, const QString& currentFile, const std::vector<ColumnReport>& reports)
{
    QJsonArray columns;
    for (const ColumnReport& report : reports)
        columns.append(columnJson(report));
    const QJsonObject root{{u"reference"_s, referenceFile}, {u"current"_s, currentFile},
        {u"drifted"_s, driftedCount(reports)}, {u"columns"_s, columns}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray driftTable(
    const QString& referenceFile, const QString& currentFile, const std::vector<ColumnReport>& reports)
{
    const QStringList header{u"column"_s, u"kind"_s, u"n ref"_s, u"n cur"_s, u"test"_s, u"score"_s, u"drift if"_s,
        u"drift"_s, u"psi"_s, u"js"_s, u"ks D"_s, u"ks p"_s, u"w1/sd"_s, u"chi2"_s, u"chi2 p"_s};
    QList<QStringList> rows;
    QStringList notes;
    for (const ColumnReport& report : reports) {
        const ColumnDrift& drift = report.drift;
        const QString comparison = isPValueTest(drift.test) ? u"< "_s : u">= "_s;
        rows.append({report.name, columnKindName(drift.kind), QString::number(drift.referenceSize),
            QString::number(drift.currentSize), driftTestName(drift.test), numberText(drift.score),
            comparison + numberText(drift.threshold), drift.drift ? u"yes"_s : u"no"_s, numberText(drift.psi),
            numberText(drift.jensenShannon), optionalText(drift.ks ? std::optional(drift.ks->statistic) : std::nullopt),
            optionalText(drift.ks ? std::optional(drift.ks->pvalue) : std::nullopt),
            optionalText(drift.wassersteinNormed),
            optionalText(drift.chiSquare ? std::optional(drift.chiSquare->statistic) : std::nullopt),
            optionalText(drift.chiSquare ? std::optional(drift.chiSquare->pvalue) : std::nullopt)});
        if (drift.numbersAsCategories)
            notes.append(report.name + u": at most 5 distinct values, analysed as categorical"_s);
        for (const QString& warning : drift.warnings)
            notes.append(report.name + u": warning: "_s + warning);
        const QString inReference = skippedText(report.referenceSkipped, drift);
        const QString inCurrent = skippedText(report.currentSkipped, drift);
        if (!inReference.isEmpty())
            notes.append(report.name + u": skipped in "_s + referenceFile + u": "_s + inReference);
        if (!inCurrent.isEmpty())
            notes.append(report.name + u": skipped in "_s + currentFile + u": "_s + inCurrent);
    }
    QString text = textTable(header, rows, {2, 3, 5, 8, 9, 10, 11, 12, 13, 14});
    if (!notes.isEmpty())
        text += u'\n' + notes.join(u'\n') + u'\n';
    text += u"\n%1 of %2 columns drifted\n"_s.arg(driftedCount(reports)).arg(reports.size());
    return text.toUtf8();
}

} // namespace wk::cli
