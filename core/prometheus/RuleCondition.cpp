#include "prometheus/RuleCondition.h"

namespace wk::prometheus {

std::optional<RuleCondition> splitRuleCondition(const QString& query)
{
    // Find the last comparison outside parentheses, braces, brackets and quotes.
    int depth = 0;
    QChar quote;
    qsizetype at = -1;
    qsizetype length = 0;
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QChar c = query[i];
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"' || c == u'\'' || c == u'`') {
            quote = c;
        } else if (c == u'(' || c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u')' || c == u'}' || c == u']') {
            --depth;
        } else if (depth == 0 && (c == u'>' || c == u'<' || c == u'=' || c == u'!')) {
            const QChar next = i + 1 < query.size() ? query[i + 1] : QChar();
            if (c == u'=' && next != u'=')
                continue; // "=" alone is a label matcher's, never at depth 0 in valid PromQL
            if ((c == u'!' || c == u'=') && next != u'=')
                continue;
            at = i;
            length = next == u'=' ? 2 : 1;
            ++i;
        }
    }
    if (at <= 0)
        return std::nullopt;
    QString rest = query.mid(at + length).trimmed();
    if (rest.startsWith(QStringLiteral("bool ")))
        return std::nullopt; // a 0/1 series, not a threshold line
    bool ok = false;
    const double threshold = rest.toDouble(&ok);
    const QString lhs = query.left(at).trimmed();
    if (!ok || lhs.isEmpty())
        return std::nullopt;
    return RuleCondition{lhs, query.mid(at, length), threshold};
}

} // namespace wk::prometheus
