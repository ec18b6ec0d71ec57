#include "genie/GenieJsonAccess.h"

using namespace Qt::StringLiterals;

namespace wk::genie::jsonaccess {

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

QJsonArray listOf(const QJsonObject& answer)
{
    if (answer.value(u"data"_s).isArray())
        return answer.value(u"data"_s).toArray();
    return answer.value(u"values"_s).toArray();
}

QJsonObject dataOf(const QJsonObject& answer)
{
    if (answer.value(u"data"_s).isObject())
        return answer.value(u"data"_s).toObject();
    return answer;
}

} // namespace wk::genie::jsonaccess
