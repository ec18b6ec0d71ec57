#include "analytics/drift/CsvTable.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace wk::analytics::drift {

namespace {

// Reads one record at a time into a reused buffer.
class CsvReader
{
public:
    explicit CsvReader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
        if (m_bytes.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    bool atEnd() const { return m_pos >= m_bytes.size(); }
    int line() const { return m_line; }
    qsizetype fieldCount() const { return qsizetype(m_ends.size()); }
    QByteArrayView field(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : m_ends[std::size_t(i) - 1];
        return QByteArrayView(m_text).sliced(begin, m_ends[std::size_t(i)] - begin);
    }
    // A line with nothing on it: one empty field that was not quoted.
    bool blank() const { return m_ends.size() == 1 && m_text.isEmpty() && !m_quoted; }

    // The next record; an error names the line it starts on.
    Result<void> next()
    {
        m_text.clear();
        m_ends.clear();
        m_quoted = false;
        const int start = m_line;
        while (true) {
            if (!atEnd() && m_bytes[m_pos] == '"') {
                m_quoted = true;
                if (auto quoted = readQuoted(start); !quoted)
                    return quoted;
            } else {
                readPlain();
            }
            m_ends.push_back(m_text.size());
            if (atEnd())
                return {};
            const char c = m_bytes[m_pos++];
            if (c == ',')
                continue;
            if (c == '\r' && !atEnd() && m_bytes[m_pos] == '\n')
                ++m_pos;
            ++m_line;
            return {};
        }
    }

private:
    void readPlain()
    {
        while (!atEnd()) {
            const char c = m_bytes[m_pos];
            if (c == ',' || c == '\n' || c == '\r')
                return;
            m_text.append(c);
            ++m_pos;
        }
    }

    Result<void> readQuoted(int start)
    {
        ++m_pos; // the opening quote
        while (true) {
            if (atEnd())
                return makeError(ErrorCode::Parse, u"line %1: a quoted field is not closed"_s.arg(start));
            const char c = m_bytes[m_pos++];
            if (c == '"') {
                if (!atEnd() && m_bytes[m_pos] == '"') {
                    m_text.append('"');
                    ++m_pos;
                    continue;
                }
                break;
            }
            if (c == '\n')
                ++m_line;
            m_text.append(c);
        }
        if (!atEnd() && m_bytes[m_pos] != ',' && m_bytes[m_pos] != '\n' && m_bytes[m_pos] != '\r')
            return makeError(ErrorCode::Parse, u"line %1: text after a closing quote"_s.arg(m_line));
        return {};
    }

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    int m_line = 1;
    QByteArray m_text;
    std::vector<qsizetype> m_ends;
    bool m_quoted = false;
};

} // namespace

const CsvColumn* CsvTable::column(QStringView name) const
{
    for (const CsvColumn& candidate : columns) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

Result<CsvTable> parseCsv(QByteArrayView bytes)
{
    CsvReader reader(bytes);
    CsvTable table;
    // The header: the first line that is not blank.
    while (table.columns.empty()) {
        if (reader.atEnd())
            return makeError(ErrorCode::Parse, u"the file is empty"_s);
        const int line = reader.line();
        if (auto header = reader.next(); !header)
            return std::unexpected(header.error());
        if (reader.blank())
            continue;
        QSet<QString> seen;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
            const QString name = QString::fromUtf8(reader.field(i)).trimmed();
            if (name.isEmpty())
                return makeError(
                    ErrorCode::Parse, u"line %1: column %2 of the header has no name"_s.arg(line).arg(i + 1));
            if (seen.contains(name))
                return makeError(ErrorCode::Parse, u"line %1: two columns are named \"%2\""_s.arg(line).arg(name));
            seen.insert(name);
            table.columns.push_back(CsvColumn{name, {}, {}});
        }
    }
    const auto width = qsizetype(table.columns.size());
    while (!reader.atEnd()) {
        const int line = reader.line();
        if (auto record = reader.next(); !record)
            return std::unexpected(record.error());
        if (reader.blank())
            continue;
        if (reader.fieldCount() != width) {
            return makeError(ErrorCode::Parse,
                u"line %1: %2 %3 where the header has %4"_s.arg(line)
                    .arg(reader.fieldCount())
                    .arg(reader.fieldCount() == 1 ? u"field"_s : u"fields"_s)
                    .arg(width));
        }
        for (qsizetype i = 0; i < width; ++i) {
            CsvColumn& column = table.columns[std::size_t(i)];
            column.text.append(reader.field(i));
            column.ends.push_back(column.text.size());
        }
    }
    if (table.rowCount() == 0)
        return makeError(ErrorCode::Parse, u"no data rows below the header"_s);
    return table;
}

} // namespace wk::analytics::drift
