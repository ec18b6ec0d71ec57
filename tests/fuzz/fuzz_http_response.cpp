// Raw HTTP/1.1 answers as the one-shot client's socket delivers them. Besides crashes, this checks the parser's
// promise: the bytes give the same answer whole and in pieces of any size.
#include "FuzzSupport.h"
#include "net/HttpResponseParser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wk;
    using State = net::HttpResponseParser::State;
    if (size == 0)
        return 0;
    // The first byte picks how the bytes arrive: in pieces of 1 to 64 bytes, with or without the connection closing.
    const qsizetype step = qsizetype(data[0] % 64) + 1;
    const bool closed = (data[0] & 0x40) != 0;
    const QByteArrayView bytes = fuzz::viewOf(data + 1, size - 1);
    constexpr qint64 maxBody = 4096;

    const net::ParsedResponse whole = net::parseHttpResponse(bytes, closed, maxBody);

    net::HttpResponseParser parser(maxBody);
    for (qsizetype at = 0; at < bytes.size(); at += step)
        parser.feed(bytes.sliced(at, std::min(step, bytes.size() - at)));
    if (closed)
        parser.finish();

    if (parser.state() != whole.state)
        fuzz::broken("the same state whole and in pieces");
    if (whole.state == State::Complete
        && (parser.response().status != whole.response.status || parser.response().body != whole.response.body
            || parser.response().headers != whole.response.headers))
        fuzz::broken("the same answer whole and in pieces");
    if (whole.state == State::Complete && whole.response.body.size() > maxBody)
        fuzz::broken("a complete body within the limit");
    return 0;
}
