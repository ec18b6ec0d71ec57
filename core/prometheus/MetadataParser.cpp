// Parsers for the Prometheus API's metadata answers: label values, series, build info, alerts and rules.
#include "prometheus/JsonEnvelope.h"
#include "prometheus/ResponseParser.h"

#include <cmath>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace wk::prometheus {

namespace {

using json::qstr;

bool readStringMap(od::value v, QMap<QString, QString>& out, json::Failure& failure)
{
    return json::readStringMap(v, out, "expected an object of strings", failure);
}

QDateTime readTime(std::string_view text)
{
    return QDateTime::fromString(qstr(text), Qt::ISODateWithMs);
}

bool readAlert(od::value v, RuleAlert& alert, json::Failure& failure)
{
    od::object object;
    if (auto e = v.get_object().get(object))
        return failure.set(e, "an alert must be an object");
    for (auto field : object) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return failure.set(e, "an alert key could not be read");
        std::string_view s;
        if (key == "labels") {
            if (!readStringMap(field.value(), alert.labels, failure))
                return false;
        } else if (key == "annotations") {
            if (!readStringMap(field.value(), alert.annotations, failure))
                return false;
        } else if (key == "state") {
            if (auto e = field.value().get_string().get(s))
                return failure.set(e, "an alert's state must be a string");
            alert.state = qstr(s);
        } else if (key == "activeAt") {
            if (auto e = field.value().get_string().get(s))
                return failure.set(e, "activeAt must be a time string");
            alert.activeAt = readTime(s);
        } else if (key == "value") {
            if (auto e = field.value().get_string().get(s))
                return failure.set(e, "an alert's value must be a string");
            alert.value = parseSampleValue(s).value_or(std::nan(""));
        }
    }
    return true;
}

bool readAlertArray(od::value v, std::vector<RuleAlert>& out, json::Failure& failure)
{
    od::array items;
    if (auto e = v.get_array().get(items))
        return failure.set(e, "alerts must be an array");
    for (auto item : items) {
        od::value element;
        if (auto e = item.get(element))
            return failure.set(e, "the alerts are cut short");
        RuleAlert alert;
        if (!readAlert(element, alert, failure))
            return false;
        out.push_back(std::move(alert));
    }
    return true;
}

bool readRule(od::object object, const QString& group, std::vector<AlertingRule>& out, json::Failure& failure)
{
    AlertingRule rule;
    rule.group = group;
    bool alerting = false;
    for (auto field : object) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return failure.set(e, "a rule key could not be read");
        std::string_view s;
        auto text = [&](QString& target) {
            if (auto e = field.value().get_string().get(s))
                return failure.set(e, "a rule field must be a string");
            target = qstr(s);
            return true;
        };
        if (key == "type") {
            QString type;
            if (!text(type))
                return false;
            alerting = type == u"alerting";
        } else if (key == "name") {
            if (!text(rule.name))
                return false;
        } else if (key == "query") {
            if (!text(rule.query))
                return false;
        } else if (key == "state") {
            if (!text(rule.state))
                return false;
        } else if (key == "health") {
            if (!text(rule.health))
                return false;
        } else if (key == "lastError") {
            if (!text(rule.lastError))
                return false;
        } else if (key == "duration") {
            double seconds = 0;
            if (auto e = field.value().get_double().get(seconds))
                return failure.set(e, "a rule's duration must be a number");
            rule.durationSeconds = std::llround(seconds);
        } else if (key == "labels") {
            if (!readStringMap(field.value(), rule.labels, failure))
                return false;
        } else if (key == "annotations") {
            if (!readStringMap(field.value(), rule.annotations, failure))
                return false;
        } else if (key == "alerts") {
            if (!readAlertArray(field.value(), rule.alerts, failure))
                return false;
        }
    }
    if (alerting)
        out.push_back(std::move(rule));
    return true;
}

} // namespace

Result<QStringList> parseStringList(QByteArrayView body, int httpStatus)
{
    QStringList out;
    auto envelope = json::readEnvelope(body, httpStatus, [&](od::value data, json::Failure& failure) {
        od::array items;
        if (auto e = data.get_array().get(items))
            return failure.set(e, "\"data\" must be an array of strings");
        for (auto item : items) {
            std::string_view s;
            if (auto e = item.get_string().get(s))
                return failure.set(e, "\"data\" must hold strings");
            out.append(qstr(s));
        }
        return true;
    });
    if (!envelope)
        return std::unexpected(envelope.error());
    return out;
}

Result<std::vector<metrics::Labels>> parseSeries(QByteArrayView body, int httpStatus)
{
    std::vector<metrics::Labels> out;
    auto envelope = json::readEnvelope(body, httpStatus, [&](od::value data, json::Failure& failure) {
        od::array items;
        if (auto e = data.get_array().get(items))
            return failure.set(e, "\"data\" must be an array of label sets");
        for (auto item : items) {
            od::value v;
            if (auto e = item.get(v))
                return failure.set(e, "the series are cut short");
            metrics::Labels labels;
            if (!readStringMap(v, labels, failure))
                return false;
            out.push_back(std::move(labels));
        }
        return true;
    });
    if (!envelope)
        return std::unexpected(envelope.error());
    return out;
}

Result<metrics::BuildInfo> parseBuildInfo(QByteArrayView body, int httpStatus)
{
    QMap<QString, QString> fields;
    auto envelope = json::readEnvelope(
        body, httpStatus, [&](od::value data, json::Failure& failure) { return readStringMap(data, fields, failure); });
    if (!envelope)
        return std::unexpected(envelope.error());
    return metrics::BuildInfo{fields.value(u"version"_s), fields.value(u"revision"_s)};
}

Result<std::vector<RuleAlert>> parseAlerts(QByteArrayView body, int httpStatus)
{
    std::vector<RuleAlert> out;
    auto envelope = json::readEnvelope(body, httpStatus, [&](od::value data, json::Failure& failure) {
        od::object object;
        if (auto e = data.get_object().get(object))
            return failure.set(e, "\"data\" must be an object with \"alerts\"");
        for (auto field : object) {
            std::string_view key;
            if (auto e = field.unescaped_key().get(key))
                return failure.set(e, "a key could not be read");
            if (key == "alerts" && !readAlertArray(field.value(), out, failure))
                return false;
        }
        return true;
    });
    if (!envelope)
        return std::unexpected(envelope.error());
    return out;
}

Result<std::vector<AlertingRule>> parseRules(QByteArrayView body, int httpStatus)
{
    std::vector<AlertingRule> out;
    auto envelope = json::readEnvelope(body, httpStatus, [&](od::value data, json::Failure& failure) {
        od::object object;
        if (auto e = data.get_object().get(object))
            return failure.set(e, "\"data\" must be an object with \"groups\"");
        // Prometheus always sends "groups", empty when there are no rules. Without it this is some other answer
        // (the parser skips what it does not read, unchecked): an empty list would clear the alerts on screen.
        bool sawGroups = false;
        for (auto field : object) {
            std::string_view key;
            if (auto e = field.unescaped_key().get(key))
                return failure.set(e, "a key could not be read");
            if (key != "groups")
                continue;
            sawGroups = true;
            od::array groups;
            if (auto e = field.value().get_array().get(groups))
                return failure.set(e, "\"groups\" must be an array");
            for (auto g : groups) {
                od::object group;
                if (auto e = g.get_object().get(group))
                    return failure.set(e, "a rule group must be an object");
                QString groupName;
                for (auto gf : group) {
                    std::string_view gkey;
                    if (auto e = gf.unescaped_key().get(gkey))
                        return failure.set(e, "a group key could not be read");
                    if (gkey == "name") {
                        std::string_view s;
                        if (auto e = gf.value().get_string().get(s))
                            return failure.set(e, "a group name must be a string");
                        groupName = qstr(s);
                    } else if (gkey == "rules") {
                        od::array rules;
                        if (auto e = gf.value().get_array().get(rules))
                            return failure.set(e, "\"rules\" must be an array");
                        for (auto r : rules) {
                            od::object rule;
                            if (auto e = r.get_object().get(rule))
                                return failure.set(e, "a rule must be an object");
                            if (!readRule(rule, groupName, out, failure))
                                return false;
                        }
                    }
                }
            }
        }
        if (!sawGroups)
            return failure.message(u"\"data\" has no \"groups\": not an answer to /api/v1/rules"_s);
        return true;
    });
    if (!envelope)
        return std::unexpected(envelope.error());
    return out;
}

} // namespace wk::prometheus
