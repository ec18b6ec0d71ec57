#pragma once

// Runs a reference script under Debian's python3 (scipy, numpy) in the test run itself: the cases go in as a
// JSON file, the script's answers come back as a JSON file. No QCoreApplication needed.

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>
#include <limits>
#include <optional>
#include <vector>

namespace wk::test {

// The script's JSON answer, or nullopt with a gtest failure that says why (missing python3 is a failure:
// the reference must run, or the agreement was not checked).
inline std::optional<QJsonDocument> runPythonReference(const QString& script, const QJsonDocument& input)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        ADD_FAILURE() << "cannot make a temporary directory";
        return std::nullopt;
    }
    const QString in = dir.filePath(QStringLiteral("in.json"));
    const QString out = dir.filePath(QStringLiteral("out.json"));
    QFile inFile(in);
    if (!inFile.open(QIODevice::WriteOnly) || inFile.write(input.toJson(QJsonDocument::Compact)) < 0) {
        ADD_FAILURE() << "cannot write " << in.toStdString();
        return std::nullopt;
    }
    inFile.close();
    const QString path = QStringLiteral(WK_REFERENCE_SCRIPTS "/") + script;
    const QString command = QStringLiteral(WK_PYTHON " '") + path + QStringLiteral("' '") + in + QStringLiteral("' '")
        + out + QStringLiteral("'");
    const int status = std::system(command.toLocal8Bit().constData());
    if (status != 0) {
        ADD_FAILURE() << "reference script failed (" << status << "): " << command.toStdString();
        return std::nullopt;
    }
    QFile outFile(out);
    if (!outFile.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "reference script wrote no answer: " << out.toStdString();
        return std::nullopt;
    }
    QJsonParseError error;
    QJsonDocument answer = QJsonDocument::fromJson(outFile.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        ADD_FAILURE() << "reference answer is not JSON: " << error.errorString().toStdString();
        return std::nullopt;
    }
    return answer;
}

// Samples as a JSON array for a reference script.
inline QJsonArray jsonOf(const std::vector<double>& values)
{
    QJsonArray array;
    for (const double value : values)
        array.append(value);
    return array;
}

inline QJsonArray jsonOf(const std::vector<QString>& values)
{
    QJsonArray array;
    for (const QString& value : values)
        array.append(value);
    return array;
}

// A number from a reference script's answer: JSON has no infinity, so the scripts write "inf" and "-inf".
inline double numberOf(const QJsonValue& value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text == u"inf")
            return std::numeric_limits<double>::infinity();
        if (text == u"-inf")
            return -std::numeric_limits<double>::infinity();
        return std::numeric_limits<double>::quiet_NaN();
    }
    return value.toDouble(std::numeric_limits<double>::quiet_NaN());
}

} // namespace wk::test
