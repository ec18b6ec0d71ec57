#include "net/HttpResponseParser.h"
#include "net/OneShotHttp.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::net;

namespace {

using State = HttpResponseParser::State;

constexpr qint64 limit = 1024;

// Feeds the bytes in pieces of `step` (every split must give the same answer), then ends the connection if asked.
ParsedResponse feedInPieces(const QByteArray& bytes, qsizetype step, bool closed)
{
    HttpResponseParser parser(limit);
    for (qsizetype at = 0; at < bytes.size(); at += step)
        parser.feed(bytes.mid(at, step));
    if (closed)
        parser.finish();
    return {parser.state(), parser.response(), parser.problem()};
}

void expectSameInEverySplit(const QByteArray& bytes, bool closed, State state, const QByteArray& body)
{
    for (qsizetype step = 1; step <= bytes.size(); ++step) {
        const ParsedResponse parsed = feedInPieces(bytes, step, closed);
        ASSERT_EQ(parsed.state, state) << "pieces of " << step << ": " << parsed.problem.toStdString();
        if (state == State::Complete) {
            ASSERT_EQ(parsed.response.body, body) << "pieces of " << step;
        }
    }
}

} // namespace

TEST(HttpResponseParser, ContentLengthAnswerWithHeaders)
{
    const QByteArray bytes = "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nX-Request-Id: r-1\r\n"
                             "Content-Length: 26\r\n\r\n{\"result\":\"will be done\"}\n";
    const ParsedResponse parsed = parseHttpResponse(bytes, false, limit);
    ASSERT_EQ(parsed.state, State::Complete);
    EXPECT_EQ(parsed.response.status, 202);
    EXPECT_EQ(parsed.response.header("x-request-id"), "r-1");
    EXPECT_EQ(parsed.response.header("CONTENT-TYPE"), "application/json");
    EXPECT_EQ(parsed.response.body, "{\"result\":\"will be done\"}\n");
    expectSameInEverySplit(bytes, false, State::Complete, parsed.response.body);
}

TEST(HttpResponseParser, ChunkedAnswerWithExtensionsAndTrailers)
{
    const QByteArray bytes
        = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
          "4\r\nWiki\r\n5;name=value\r\npedia\r\nE \r\n in\r\n\r\nchunks.\r\n0\r\nExpires: never\r\n\r\n";
    expectSameInEverySplit(bytes, false, State::Complete, "Wikipedia in\r\n\r\nchunks.");
    const ParsedResponse parsed = parseHttpResponse(bytes, false, limit);
    EXPECT_TRUE(parsed.response.header("Expires").isEmpty()) << "trailer fields are not kept";
}

TEST(HttpResponseParser, ChunkedWinsOverContentLength)
{
    const QByteArray bytes = "HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
                             "3\r\nabc\r\n0\r\n\r\n";
    expectSameInEverySplit(bytes, false, State::Complete, "abc");
}

TEST(HttpResponseParser, AnswerWithoutLengthEndsWithTheConnection)
{
    const QByteArray bytes = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nall of this, until close";
    EXPECT_EQ(parseHttpResponse(bytes, false, limit).state, State::NeedMore);
    expectSameInEverySplit(bytes, true, State::Complete, "all of this, until close");
}

TEST(HttpResponseParser, BareLineFeedsAreAccepted)
{
    const ParsedResponse parsed = parseHttpResponse("HTTP/1.1 404 Not Found\nContent-Length: 2\n\nno", false, limit);
    ASSERT_EQ(parsed.state, State::Complete);
    EXPECT_EQ(parsed.response.status, 404);
    EXPECT_EQ(parsed.response.body, "no");
}

TEST(HttpResponseParser, InterimAnswersAreSkipped)
{
    const QByteArray bytes = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 429 Too Many Requests\r\nRetry-After: "
                             "3\r\nContent-Length: 4\r\n\r\nslow";
    const ParsedResponse parsed = parseHttpResponse(bytes, false, limit);
    ASSERT_EQ(parsed.state, State::Complete);
    EXPECT_EQ(parsed.response.status, 429);
    EXPECT_EQ(parsed.response.header("Retry-After"), "3");
    EXPECT_EQ(parsed.response.body, "slow");
}

TEST(HttpResponseParser, NoContentNeedsNoBodyAndIgnoresWhatFollows)
{
    const ParsedResponse parsed = parseHttpResponse("HTTP/1.1 204 No Content\r\n\r\ngarbage", false, limit);
    ASSERT_EQ(parsed.state, State::Complete);
    EXPECT_EQ(parsed.response.status, 204);
    EXPECT_TRUE(parsed.response.body.isEmpty());
    const ParsedResponse extra = parseHttpResponse("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxyz", false, limit);
    EXPECT_EQ(extra.response.body, "x");
}

TEST(HttpResponseParser, FoldedHeaderValuesAreJoined)
{
    const ParsedResponse parsed
        = parseHttpResponse("HTTP/1.1 200 OK\r\nX-Long: one\r\n  two\r\nContent-Length: 0\r\n\r\n", false, limit);
    ASSERT_EQ(parsed.state, State::Complete);
    EXPECT_EQ(parsed.response.header("X-Long"), "one two");
}

TEST(HttpResponseParser, MalformedStatusLinesAreRefused)
{
    for (const QByteArray& start :
        {QByteArray("HTTP/1.1 OK\r\n\r\n"), QByteArray("<html><body>proxy</body></html>\r\n"),
            QByteArray("HTTP/2 200\r\n\r\n"), QByteArray("ICY 200 OK\r\n\r\n"), QByteArray("HTTP/1.1 2000 OK\r\n\r\n"),
            QByteArray("HTTP/1.1 099 Odd\r\n\r\n"), QByteArray("HTTP/1.1 20x OK\r\n\r\n")}) {
        const ParsedResponse parsed = parseHttpResponse(start, true, limit);
        EXPECT_EQ(parsed.state, State::Malformed) << start.toStdString();
        EXPECT_FALSE(parsed.problem.isEmpty());
    }
    EXPECT_TRUE(parseHttpResponse("<html>", true, limit).problem.contains(u"<html>"_s));
}

TEST(HttpResponseParser, UntrustworthyFramingIsRefused)
{
    for (const QByteArray& bytes : {
             QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n"),
             QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"),
             QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"),
             QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n"),
             QByteArray("HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n"),
             QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"),
             QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcd\r\n0\r\n\r\n"),
         }) {
        EXPECT_EQ(parseHttpResponse(bytes, true, limit).state, State::Malformed) << bytes.toStdString();
    }
    // Repeated but agreeing lengths are fine.
    EXPECT_EQ(
        parseHttpResponse("HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\nok", false, limit).state, State::Complete);
}

TEST(HttpResponseParser, AnswersCutShortAreReportedAsCut)
{
    const auto cut = [](const QByteArray& bytes) { return parseHttpResponse(bytes, true, limit); };
    EXPECT_EQ(cut("").state, State::Cut);
    EXPECT_EQ(cut("HTTP/1.1 202 Acc").state, State::Cut);
    EXPECT_EQ(cut("HTTP/1.1 202 Accepted\r\nContent-Length: 10\r\n").state, State::Cut);
    EXPECT_EQ(cut("HTTP/1.1 202 Accepted\r\nContent-Length: 10\r\n\r\n12345").state, State::Cut);
    EXPECT_EQ(cut("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n").state, State::Cut);

    HttpResponseParser silent(limit);
    EXPECT_EQ(silent.finish(), State::Cut);
    EXPECT_FALSE(silent.started());
    HttpResponseParser partial(limit);
    partial.feed("HTTP/1.1");
    EXPECT_EQ(partial.finish(), State::Cut);
    EXPECT_TRUE(partial.started());
}

TEST(HttpResponseParser, OversizeAnswersAreRefusedEarly)
{
    HttpResponseParser announced(limit);
    EXPECT_EQ(announced.feed("HTTP/1.1 200 OK\r\nContent-Length: 1025\r\n\r\n"), State::TooLarge);
    EXPECT_EQ(parseHttpResponse(
                  QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1024\r\n\r\n" + QByteArray(1024, 'x')), false, limit)
                  .state,
        State::Complete);

    QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 3; ++i)
        chunked += "190\r\n" + QByteArray(400, 'y') + "\r\n";
    EXPECT_EQ(parseHttpResponse(chunked, false, limit).state, State::TooLarge);

    EXPECT_EQ(parseHttpResponse(QByteArray("HTTP/1.1 200 OK\r\n\r\n" + QByteArray(1025, 'z')), false, limit).state,
        State::TooLarge);

    const QByteArray hugeHeader = "HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(HttpResponseParser::maxHeadBytes, 'h');
    EXPECT_EQ(parseHttpResponse(hugeHeader, false, limit).state, State::Malformed);
}

TEST(OneShotHttpRequest, WritesOneRequestThatClosesItsConnection)
{
    HttpRequest request;
    request.method = HttpRequest::Method::Post;
    request.url = QUrl(u"http://127.0.0.1:8123/v2/alerts/a%2Fb/notes?identifierType=id&x=a%20b"_s);
    request.body = "{\"note\":\"hi\"}";
    request.contentType = "application/json";
    request.headers = {{"Authorization", "GenieKey k"}, {"Accept", "text/plain"}, {"Connection", "keep-alive"},
        {"Content-Length", "999"}};
    const auto wire = OneShotHttp::serialize(request);
    ASSERT_TRUE(wire.has_value());
    const QByteArray expected = "POST /v2/alerts/a%2Fb/notes?identifierType=id&x=a%20b HTTP/1.1\r\n"
                                "Host: 127.0.0.1:8123\r\n"
                                "Accept: text/plain\r\n"
                                "User-Agent: watchkeeper/" WATCHKEEPER_VERSION "\r\n"
                                "Content-Type: application/json\r\n"
                                "Authorization: GenieKey k\r\n"
                                "Content-Length: 13\r\n"
                                "Connection: close\r\n\r\n"
                                "{\"note\":\"hi\"}";
    EXPECT_EQ(*wire, expected);
}

TEST(OneShotHttpRequest, DefaultPortsAndEmptyBodies)
{
    HttpRequest request;
    request.method = HttpRequest::Method::Post;
    request.url = QUrl(u"https://api.eu.opsgenie.com"_s);
    const auto wire = OneShotHttp::serialize(request);
    ASSERT_TRUE(wire.has_value());
    EXPECT_TRUE(wire->startsWith("POST / HTTP/1.1\r\nHost: api.eu.opsgenie.com\r\n"));
    EXPECT_TRUE(wire->contains("\r\nContent-Length: 0\r\n"));

    request.method = HttpRequest::Method::Delete;
    request.url = QUrl(u"http://[::1]:8080/v2/alerts/x?user=a"_s);
    const auto deletion = OneShotHttp::serialize(request);
    ASSERT_TRUE(deletion.has_value());
    EXPECT_TRUE(deletion->startsWith("DELETE /v2/alerts/x?user=a HTTP/1.1\r\nHost: [::1]:8080\r\n"));
    EXPECT_FALSE(deletion->contains("Content-Length"));
}

TEST(OneShotHttpRequest, RefusesWhatCannotBeSentSafely)
{
    HttpRequest request;
    request.method = HttpRequest::Method::Post;
    request.url = QUrl(u"http://127.0.0.1/x"_s);
    request.headers = {{"X-Note", "a\r\nX-Injected: yes"}};
    const auto injected = OneShotHttp::serialize(request);
    ASSERT_FALSE(injected.has_value());
    EXPECT_EQ(injected.error().code, ErrorCode::BadQuery);
    EXPECT_FALSE(injected.error().detail.contains(u"Injected"_s)) << "values are not echoed";

    request.headers = {{"Bad Name", "x"}};
    EXPECT_FALSE(OneShotHttp::serialize(request).has_value());
    request.headers.clear();
    request.url = QUrl(u"ftp://127.0.0.1/x"_s);
    EXPECT_FALSE(OneShotHttp::serialize(request).has_value());
}
