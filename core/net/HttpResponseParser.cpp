#include "net/HttpResponseParser.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace wk::net {

namespace {

constexpr qsizetype maxChunkLineBytes = 1024; // a size, perhaps extensions
constexpr int maxLengthDigits = 18;           // fits a qint64
constexpr int maxChunkSizeDigits = 15;

// The start of what the server sent, printable, for the problem text.
QString excerpt(const QByteArray& bytes)
{
    QString out;
    for (const char c : bytes.left(60))
        out += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : u'?';
    return bytes.size() > 60 ? out + u"..."_s : out;
}

bool isDigits(const QByteArray& text, int maxDigits)
{
    return !text.isEmpty() && text.size() <= maxDigits
        && std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether the start of a status line could still become "HTTP/1.x ...": a server speaking something else is told
// apart at once, without waiting for a line end that may never come.
bool looksLikeHttp(const QByteArray& start)
{
    const QByteArrayView prefix("HTTP/1.");
    const qsizetype n = std::min(start.size(), prefix.size());
    return start.startsWith('\r') || start.startsWith('\n') || QByteArrayView(start).first(n) == prefix.first(n);
}

std::optional<qint64> hexNumber(const QByteArray& text)
{
    if (text.isEmpty() || text.size() > maxChunkSizeDigits)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + digit;
    }
    return value;
}

// Every Content-Length field (a list is allowed when its members agree) must say the same number.
std::optional<qint64> contentLength(const QList<QByteArray>& values)
{
    std::optional<qint64> length;
    for (const QByteArray& value : values) {
        for (const QByteArray& part : value.split(',')) {
            const QByteArray digits = part.trimmed();
            if (!isDigits(digits, maxLengthDigits))
                return std::nullopt;
            const qint64 n = digits.toLongLong();
            if (length && *length != n)
                return std::nullopt;
            length = n;
        }
    }
    return length;
}

} // namespace

HttpResponseParser::HttpResponseParser(qint64 maxBodyBytes)
    : m_maxBodyBytes(maxBodyBytes)
{ }

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView bytes)
{
    if (m_state != State::NeedMore)
        return m_state;
    m_started = m_started || !bytes.isEmpty();
    m_buffer.append(bytes);
    run();
    // What is left is at most a partial line: dropping the consumed part keeps every byte copied only once.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state != State::NeedMore)
        return m_state;
    if (m_phase == Phase::UntilClose) {
        m_state = State::Complete;
        return m_state;
    }
    fail(State::Cut,
        m_started ? u"the answer ended before it was complete"_s : u"the connection ended without an answer"_s);
    return m_state;
}

void HttpResponseParser::fail(State state, const QString& problem)
{
    m_state = state;
    m_problem = problem;
    m_buffer.clear();
    m_pos = 0;
}

bool HttpResponseParser::takeLine(QByteArray& line)
{
    const qsizetype end = m_buffer.indexOf('\n', m_pos);
    if (end < 0)
        return false;
    line = m_buffer.mid(m_pos, end - m_pos);
    if (line.endsWith('\r'))
        line.chop(1); // CRLF; a bare LF is accepted too (RFC 9112 2.2)
    m_pos = end + 1;
    return true;
}

bool HttpResponseParser::readStatusLine(const QByteArray& line)
{
    // HTTP-version SP 3DIGIT SP [reason]; some servers leave out the space before an empty reason.
    const bool shaped = line.size() >= 12 && line.startsWith("HTTP/1.") && line[7] >= '0' && line[7] <= '9'
        && line[8] == ' ' && isDigits(line.mid(9, 3), 3) && (line.size() == 12 || line[12] == ' ');
    const int status = shaped ? line.mid(9, 3).toInt() : 0;
    if (status < 100 || status > 599) {
        fail(State::Malformed, u"not an HTTP/1.x status line: \"%1\""_s.arg(excerpt(line)));
        return false;
    }
    if (status == 101) {
        fail(State::Malformed, u"the server switched protocols, which nobody asked for"_s);
        return false;
    }
    m_response.status = status;
    m_response.headers.clear();
    m_interim = status < 200;
    return true;
}

bool HttpResponseParser::readHeader(const QByteArray& line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        // An obsolete folded continuation of the previous field's value.
        if (m_response.headers.isEmpty()) {
            fail(State::Malformed, u"a header section that starts with a continuation line"_s);
            return false;
        }
        m_response.headers.last().second += ' ' + line.trimmed();
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
    if (name.isEmpty() || name.contains(' ') || name.contains('\t')) {
        fail(State::Malformed, u"a malformed header line: \"%1\""_s.arg(excerpt(line)));
        return false;
    }
    m_response.headers.append({name, line.mid(colon + 1).trimmed()});
    return true;
}

void HttpResponseParser::endOfHead()
{
    if (m_interim) {
        m_phase = Phase::StatusLine; // 100 Continue and friends: the real answer follows
        return;
    }
    if (m_response.status == 204 || m_response.status == 304) {
        m_state = State::Complete;
        return;
    }
    QList<QByteArray> codings;
    QList<QByteArray> lengths;
    for (const auto& [name, value] : std::as_const(m_response.headers)) {
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            codings.append(value.split(','));
        else if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            lengths.append(value);
    }
    if (!codings.isEmpty()) {
        // Transfer-Encoding wins over Content-Length; a response whose last coding is not chunked ends at close.
        m_phase = codings.last().trimmed().toLower() == "chunked" ? Phase::ChunkSize : Phase::UntilClose;
        return;
    }
    if (lengths.isEmpty()) {
        m_phase = Phase::UntilClose;
        return;
    }
    const auto length = contentLength(lengths);
    if (!length) {
        fail(State::Malformed, u"a Content-Length that cannot be trusted: \"%1\""_s.arg(excerpt(lengths.join(','))));
        return;
    }
    if (*length > m_maxBodyBytes) {
        fail(State::TooLarge, u"the answer announces %1 bytes"_s.arg(*length));
        return;
    }
    m_remaining = *length;
    m_phase = Phase::Body;
    if (m_remaining == 0)
        m_state = State::Complete;
}

void HttpResponseParser::takeBody(qint64 wanted)
{
    const qint64 n = std::min<qint64>(wanted, m_buffer.size() - m_pos);
    m_response.body.append(m_buffer.constData() + m_pos, n);
    m_pos += n;
    m_remaining -= n;
}

void HttpResponseParser::run()
{
    QByteArray line;
    while (m_state == State::NeedMore) {
        switch (m_phase) {
        case Phase::StatusLine:
        case Phase::Headers:
        case Phase::Trailers: {
            const qsizetype before = m_pos;
            const bool whole = takeLine(line);
            const qsizetype headBytes = m_headBytes + (whole ? m_pos - before : m_buffer.size() - m_pos);
            if (headBytes > maxHeadBytes) {
                fail(State::Malformed, u"a header section larger than %1 KiB"_s.arg(maxHeadBytes / 1024));
                return;
            }
            if (!whole) {
                if (m_phase == Phase::StatusLine && !looksLikeHttp(m_buffer.mid(m_pos)))
                    fail(State::Malformed, u"not an HTTP/1.x status line: \"%1\""_s.arg(excerpt(m_buffer.mid(m_pos))));
                return;
            }
            m_headBytes = headBytes;
            if (m_phase == Phase::StatusLine) {
                // An empty line before the status line is tolerated (RFC 9112 2.2).
                if (!line.isEmpty() && readStatusLine(line))
                    m_phase = Phase::Headers;
            } else if (m_phase == Phase::Trailers) {
                if (line.isEmpty())
                    m_state = State::Complete; // trailer fields are not kept
            } else if (line.isEmpty()) {
                endOfHead();
            } else {
                readHeader(line);
            }
            break;
        }
        case Phase::Body:
        case Phase::ChunkData:
            takeBody(m_remaining);
            if (m_remaining > 0)
                return;
            if (m_phase == Phase::Body)
                m_state = State::Complete;
            else
                m_phase = Phase::ChunkEnd;
            break;
        case Phase::ChunkSize: {
            if (!takeLine(line)) {
                if (m_buffer.size() - m_pos > maxChunkLineBytes)
                    fail(State::Malformed, u"a chunk size line longer than %1 bytes"_s.arg(maxChunkLineBytes));
                return;
            }
            const qsizetype semicolon = line.indexOf(';');
            const auto size = hexNumber((semicolon < 0 ? line : line.left(semicolon)).trimmed());
            if (!size) {
                fail(State::Malformed, u"a malformed chunk size: \"%1\""_s.arg(excerpt(line)));
                return;
            }
            if (*size == 0) {
                m_phase = Phase::Trailers;
            } else if (m_response.body.size() + *size > m_maxBodyBytes) {
                fail(State::TooLarge, u"a chunk goes past the size limit"_s);
                return;
            } else {
                m_remaining = *size;
                m_phase = Phase::ChunkData;
            }
            break;
        }
        case Phase::ChunkEnd: {
            // The data is followed by CRLF (or a bare LF), and by nothing else.
            const QByteArray rest = m_buffer.mid(m_pos, 2);
            if (rest.isEmpty() || rest == "\r")
                return;
            if (!rest.startsWith('\n') && rest != "\r\n") {
                fail(State::Malformed, u"a chunk longer than its announced size"_s);
                return;
            }
            m_pos += rest.startsWith('\n') ? 1 : 2;
            m_phase = Phase::ChunkSize;
            break;
        }
        case Phase::UntilClose:
            takeBody(m_buffer.size() - m_pos);
            if (m_response.body.size() > m_maxBodyBytes)
                fail(State::TooLarge, u"the answer goes past the size limit"_s);
            return;
        }
    }
}

ParsedResponse parseHttpResponse(QByteArrayView bytes, bool closed, qint64 maxBodyBytes)
{
    HttpResponseParser parser(maxBodyBytes);
    parser.feed(bytes);
    if (closed)
        parser.finish();
    return {parser.state(), parser.response(), parser.problem()};
}

} // namespace wk::net
