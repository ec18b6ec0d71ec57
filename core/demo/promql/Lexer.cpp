#include "demo/promql/Lexer.h"

#include <charconv>
#include <limits>

using namespace Qt::StringLiterals;

namespace wk::demo::promql {

namespace {

using Kind = Token::Kind;

// Longest duration we accept (about 290 years), so that sums of units cannot overflow.
constexpr qint64 kMaxDurationMs = std::numeric_limits<qint64>::max() / 1000;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isIdentifierChar(QChar c)
{
    return isAlpha(c) || isDigit(c) || c == u':';
}

bool isHexDigit(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Milliseconds per unit at input[i], with the unit's length; ranks force "1h30m" order.
struct DurationUnit
{
    qint64 ms = 0;
    int length = 0;
    int rank = 0;
};

DurationUnit unitAt(const QString& input, int i)
{
    if (i >= input.size())
        return {};
    const QChar c = input[i];
    const bool followedByS = i + 1 < input.size() && input[i + 1] == u's';
    if (c == u'm' && followedByS)
        return {1, 2, 0};
    if (c == u's')
        return {1000, 1, 1};
    if (c == u'm')
        return {60'000, 1, 2};
    if (c == u'h')
        return {3'600'000, 1, 3};
    if (c == u'd')
        return {86'400'000, 1, 4};
    if (c == u'w')
        return {7 * 86'400'000LL, 1, 5};
    if (c == u'y')
        return {365 * 86'400'000LL, 1, 6};
    return {};
}

Result<void> scanDuration(const QString& input, int& i, Token& token)
{
    const int start = token.position;
    qint64 total = 0;
    int previousRank = std::numeric_limits<int>::max();
    while (i < input.size() && isDigit(input[i])) {
        qint64 value = 0;
        while (i < input.size() && isDigit(input[i])) {
            value = value * 10 + (input[i].unicode() - u'0');
            if (value > kMaxDurationMs)
                return std::unexpected(parseError(start, u"duration out of range"_s));
            ++i;
        }
        const DurationUnit unit = unitAt(input, i);
        if (unit.length == 0 || unit.rank >= previousRank)
            return std::unexpected(
                parseError(start, u"bad duration syntax: \""_s + input.mid(start, i + 1 - start) + u'"'));
        previousRank = unit.rank;
        i += unit.length;
        if (value > (kMaxDurationMs - total) / unit.ms)
            return std::unexpected(parseError(start, u"duration out of range"_s));
        total += value * unit.ms;
    }
    token.kind = Kind::Duration;
    token.durationMs = total;
    return {};
}

Result<void> scanNumberOrDuration(const QString& input, int& i, Token& token)
{
    const int start = i;
    const int n = input.size();
    if (input[i] == u'0' && i + 1 < n && (input[i + 1] == u'x' || input[i + 1] == u'X')) {
        i += 2;
        while (i < n && isHexDigit(input[i]))
            ++i;
        bool ok = false;
        token.number = static_cast<double>(QStringView(input).mid(start + 2, i - start - 2).toULongLong(&ok, 16));
        if (!ok)
            return std::unexpected(parseError(start, u"bad number syntax: \""_s + input.mid(start, i - start) + u'"'));
        token.kind = Kind::Number;
    } else {
        bool plainInteger = true;
        while (i < n && isDigit(input[i]))
            ++i;
        if (i < n && input[i] == u'.') {
            plainInteger = false;
            ++i;
            while (i < n && isDigit(input[i]))
                ++i;
        }
        if (i < n && (input[i] == u'e' || input[i] == u'E')) {
            int j = i + 1;
            if (j < n && (input[j] == u'+' || input[j] == u'-'))
                ++j;
            if (j < n && isDigit(input[j])) {
                plainInteger = false;
                i = j;
                while (i < n && isDigit(input[i]))
                    ++i;
            }
        }
        if (plainInteger && unitAt(input, i).length > 0) {
            i = start;
            if (auto scanned = scanDuration(input, i, token); !scanned)
                return scanned;
        } else {
            const QByteArray text = QStringView(input).mid(start, i - start).toLatin1();
            const auto parsed = std::from_chars(text.constData(), text.constData() + text.size(), token.number);
            if (parsed.ec != std::errc())
                return std::unexpected(parseError(
                    start, u"bad number syntax or number out of range: \""_s + input.mid(start, i - start) + u'"'));
            token.kind = Kind::Number;
        }
    }
    // ':' may follow, as in a subquery's [1h:5m].
    if (i < n && (isAlpha(input[i]) || isDigit(input[i]) || input[i] == u'.'))
        return std::unexpected(
            parseError(start, u"bad number or duration syntax: \""_s + input.mid(start, i + 1 - start) + u'"'));
    token.text = input.mid(start, i - start);
    return {};
}

int hexValue(QChar c)
{
    if (isDigit(c))
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    return c.unicode() - u'A' + 10;
}

// Escapes as in Go's strconv.Unquote, which Prometheus uses for "..." and '...' strings.
Result<void> scanQuoted(const QString& input, int& i, Token& token)
{
    const QChar quote = input[i];
    const int start = i++;
    QString value;
    while (true) {
        if (i >= input.size() || (quote != u'`' && input[i] == u'\n'))
            return std::unexpected(parseError(start, u"unterminated quoted string"_s));
        const QChar c = input[i++];
        if (c == quote)
            break;
        if (c != u'\\' || quote == u'`') {
            value += c;
            continue;
        }
        if (i >= input.size())
            return std::unexpected(parseError(start, u"unterminated quoted string"_s));
        const int escapeStart = i - 1;
        const QChar e = input[i++];
        switch (e.unicode()) {
        case u'a':
            value += QChar(0x07);
            continue;
        case u'b':
            value += QChar(0x08);
            continue;
        case u'f':
            value += QChar(0x0c);
            continue;
        case u'n':
            value += QChar(u'\n');
            continue;
        case u'r':
            value += QChar(u'\r');
            continue;
        case u't':
            value += QChar(u'\t');
            continue;
        case u'v':
            value += QChar(0x0b);
            continue;
        case u'\\':
        case u'\'':
        case u'"':
            value += e;
            continue;
        default:
            break;
        }
        int digits = 0;
        int base = 16;
        if (e == u'x')
            digits = 2;
        else if (e == u'u')
            digits = 4;
        else if (e == u'U')
            digits = 8;
        else if (e >= u'0' && e <= u'7') {
            digits = 3;
            base = 8;
            --i; // the first octal digit is part of the value
        }
        if (digits == 0 || i + digits > input.size())
            return std::unexpected(parseError(escapeStart, u"unknown escape sequence \"\\"_s + e + u'"'));
        char32_t code = 0;
        for (int k = 0; k < digits; ++k) {
            const QChar d = input[i + k];
            if (base == 16 ? !isHexDigit(d) : !(d >= u'0' && d <= u'7'))
                return std::unexpected(parseError(escapeStart, u"invalid escape sequence in quoted string"_s));
            code = code * static_cast<char32_t>(base) + static_cast<char32_t>(hexValue(d));
        }
        i += digits;
        if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return std::unexpected(parseError(start, u"invalid escape sequence in quoted string"_s));
        value += QString::fromUcs4(&code, 1);
    }
    token.kind = Kind::String;
    token.text = value;
    return {};
}

// Operators and punctuation, longest first.
struct Symbol
{
    QStringView text;
    Kind kind;
};

constexpr Symbol kSymbols[] = {
    {u"==", Kind::EqEq},
    {u"!=", Kind::NotEq},
    {u"=~", Kind::RegexMatch},
    {u"!~", Kind::RegexNotMatch},
    {u">=", Kind::Ge},
    {u"<=", Kind::Le},
    {u"(", Kind::LeftParen},
    {u")", Kind::RightParen},
    {u"{", Kind::LeftBrace},
    {u"}", Kind::RightBrace},
    {u"[", Kind::LeftBracket},
    {u"]", Kind::RightBracket},
    {u",", Kind::Comma},
    {u"@", Kind::At},
    {u"=", Kind::Assign},
    {u"+", Kind::Add},
    {u"-", Kind::Sub},
    {u"*", Kind::Mul},
    {u"/", Kind::Div},
    {u"%", Kind::Mod},
    {u"^", Kind::Pow},
    {u">", Kind::Gt},
    {u"<", Kind::Lt},
};

} // namespace

Error parseError(int position, const QString& message)
{
    return Error{ErrorCode::BadQuery, u"parse error at char "_s + QString::number(position + 1) + u": "_s + message,
        std::nullopt, 0};
}

Error unexpectedToken(const Token& token, const QString& context)
{
    QString what;
    switch (token.kind) {
    case Kind::End:
        what = u"end of input"_s;
        break;
    case Kind::Identifier:
        what = u"identifier \""_s + token.text + u'"';
        break;
    case Kind::Number:
        what = u"number \""_s + token.text + u'"';
        break;
    case Kind::Duration:
        what = u"duration \""_s + token.text + u'"';
        break;
    case Kind::String:
        what = u"string \""_s + token.text + u'"';
        break;
    default:
        what = u'"' + token.text + u'"';
        break;
    }
    return parseError(token.position, u"unexpected "_s + what + (context.isEmpty() ? QString() : u' ' + context));
}

bool isKeyword(const Token& token, QStringView keyword)
{
    return token.kind == Kind::Identifier && token.text.compare(keyword, Qt::CaseInsensitive) == 0;
}

Result<std::vector<Token>> tokenize(const QString& input)
{
    std::vector<Token> tokens;
    int bracketDepth = 0;
    const int n = input.size();
    int i = 0;
    while (true) {
        while (i < n && input[i].isSpace())
            ++i;
        if (i < n && input[i] == u'#') {
            while (i < n && input[i] != u'\n')
                ++i;
            continue;
        }
        Token token;
        token.position = i;
        if (i >= n) {
            tokens.push_back(std::move(token));
            return tokens;
        }
        const QChar c = input[i];
        if (isDigit(c) || (c == u'.' && i + 1 < n && isDigit(input[i + 1]))) {
            if (auto scanned = scanNumberOrDuration(input, i, token); !scanned)
                return std::unexpected(scanned.error());
        } else if (c == u'"' || c == u'\'' || c == u'`') {
            if (auto scanned = scanQuoted(input, i, token); !scanned)
                return std::unexpected(scanned.error());
        } else if (c == u':' && bracketDepth > 0) {
            token.kind = Kind::Colon;
            token.text = u":"_s;
            ++i;
        } else if (isAlpha(c) || c == u':') {
            while (i < n && isIdentifierChar(input[i]))
                ++i;
            token.kind = Kind::Identifier;
            token.text = input.mid(token.position, i - token.position);
        } else {
            const QStringView rest = QStringView(input).mid(i);
            const Symbol* symbol = nullptr;
            for (const Symbol& candidate : kSymbols) {
                if (rest.startsWith(candidate.text)) {
                    symbol = &candidate;
                    break;
                }
            }
            if (!symbol)
                return std::unexpected(parseError(i, u"unexpected character: '"_s + c + u'\''));
            token.kind = symbol->kind;
            token.text = symbol->text.toString();
            i += static_cast<int>(symbol->text.size());
            if (token.kind == Kind::LeftBracket)
                ++bracketDepth;
            else if (token.kind == Kind::RightBracket && bracketDepth > 0)
                --bracketDepth;
        }
        tokens.push_back(std::move(token));
    }
}

} // namespace wk::demo::promql
