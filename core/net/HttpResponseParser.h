#pragma once

#include "net/HttpTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace wk::net {

// Reads one HTTP/1.1 response (RFC 9112) from bytes as they arrive: the status line, the header fields, and a body
// framed by chunked transfer coding, by Content-Length, or by the end of the connection. Interim 1xx answers are
// skipped. No I/O: the one-shot client feeds it what its socket reads, tests feed it bytes in any split.
class HttpResponseParser
{
public:
    enum class State {
        NeedMore,  // not complete yet
        Complete,  // response() holds the answer
        Malformed, // not HTTP, or framing that cannot be trusted; problem() says what
        TooLarge,  // the body is larger than maxBodyBytes
        Cut,       // the connection ended before the answer was complete (only after finish())
    };

    static constexpr qsizetype maxHeadBytes = 64 * 1024;

    explicit HttpResponseParser(qint64 maxBodyBytes);

    // Bytes after a complete answer are ignored: every exchange is one request on its own connection.
    State feed(QByteArrayView bytes);
    // The connection ended: a body read until the end is complete now; anything else unfinished is Cut.
    State finish();

    State state() const { return m_state; }
    bool started() const { return m_started; } // a byte of the answer arrived
    const HttpResponse& response() const { return m_response; }
    const QString& problem() const { return m_problem; }

private:
    enum class Phase { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, UntilClose };

    void run();
    bool takeLine(QByteArray& line); // a whole line (CRLF or a bare LF) when one is buffered
    bool readStatusLine(const QByteArray& line);
    bool readHeader(const QByteArray& line);
    void endOfHead();
    void takeBody(qint64 wanted);
    void fail(State state, const QString& problem);

    qint64 m_maxBodyBytes;
    State m_state = State::NeedMore;
    Phase m_phase = Phase::StatusLine;
    QByteArray m_buffer; // bytes received and not consumed yet
    qsizetype m_pos = 0;
    qsizetype m_headBytes = 0;
    qint64 m_remaining = 0; // of the Content-Length body or of the current chunk
    bool m_interim = false; // reading a 1xx answer, which another answer follows
    bool m_started = false;
    HttpResponse m_response;
    QString m_problem;
};

struct ParsedResponse
{
    HttpResponseParser::State state = HttpResponseParser::State::NeedMore;
    HttpResponse response;
    QString problem;
};

// The whole answer at once: `bytes` as received, `closed` when the connection ended after them.
ParsedResponse parseHttpResponse(QByteArrayView bytes, bool closed, qint64 maxBodyBytes);

} // namespace wk::net
