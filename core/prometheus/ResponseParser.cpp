#include "prometheus/ResponseParser.h"

#include "prometheus/JsonEnvelope.h"

#include <charconv>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace wk::prometheus {

namespace {

using json::qstr;

// [<unix seconds>, "<value>"], the pair Prometheus writes for every sample.
bool readSamplePair(od::value pairValue, qint64& timestampMs, double& value, json::Failure& failure)
{
    od::array pair;
    if (auto e = pairValue.get_array().get(pair))
        return failure.set(e, "a sample must be [time, \"value\"]");
    int index = 0;
    for (auto element : pair) {
        od::value v;
        if (auto e = element.get(v))
            return failure.set(e, "a sample is cut short");
        if (index == 0) {
            double seconds = 0;
            if (auto e = v.get_double().get(seconds))
                return failure.set(e, "a sample's time must be a number");
            timestampMs = std::llround(seconds * 1000.0);
        } else if (index == 1) {
            std::string_view text;
            if (auto e = v.get_string().get(text))
                return failure.set(e, "a sample's value must be a quoted number");
            const auto parsed = parseSampleValue(text);
            if (!parsed)
                return failure.message(u"\"%1\" is not a sample value"_s.arg(qstr(text)));
            value = *parsed;
        }
        ++index;
    }
    if (index != 2)
        return failure.message(u"a sample must have two elements, found %1"_s.arg(index));
    return true;
}

bool readLabels(od::value v, metrics::Labels& labels, json::Failure& failure)
{
    return json::readStringMap(v, labels, "\"metric\" must be an object of label names to values", failure);
}

struct SeriesOut
{
    metrics::Series series;
    bool hasValue = false;
    bool hasValues = false;
    bool hasHistograms = false;
};

bool readSeries(od::object object, SeriesOut& out, json::Failure& failure)
{
    for (auto field : object) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key))
            return failure.set(e, "a series key could not be read");
        if (key == "metric") {
            if (!readLabels(field.value(), out.series.labels, failure))
                return false;
        } else if (key == "value") {
            qint64 t = 0;
            double v = 0;
            if (!readSamplePair(field.value(), t, v, failure))
                return false;
            out.series.timestampsMs.push_back(t);
            out.series.values.push_back(v);
            out.hasValue = true;
        } else if (key == "values") {
            od::array values;
            if (auto e = field.value().get_array().get(values))
                return failure.set(e, "\"values\" must be an array of samples");
            for (auto element : values) {
                od::value sample;
                if (auto e = element.get(sample))
                    return failure.set(e, "the samples are cut short");
                qint64 t = 0;
                double v = 0;
                if (!readSamplePair(sample, t, v, failure))
                    return false;
                out.series.timestampsMs.push_back(t);
                out.series.values.push_back(v);
            }
            out.hasValues = true;
        } else if (key == "histogram" || key == "histograms") {
            out.hasHistograms = true; // native histograms: counted, not drawn yet
        }
    }
    return true;
}

} // namespace

std::optional<double> parseSampleValue(std::string_view text)
{
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf" || text == "Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

Result<metrics::QueryResult> parseQueryResponse(QByteArrayView body, int httpStatus)
{
    metrics::QueryResult result;
    std::string_view resultType;
    std::string resultTypeCopy;
    std::vector<SeriesOut> series;
    std::optional<std::pair<qint64, double>> scalar;
    int nativeHistograms = 0;

    auto readData = [&](od::value data, json::Failure& failure) -> bool {
        od::object object;
        if (auto e = data.get_object().get(object))
            return failure.set(e, "\"data\" must be an object");
        for (auto field : object) {
            std::string_view key;
            if (auto e = field.unescaped_key().get(key))
                return failure.set(e, "a key in \"data\" could not be read");
            if (key == "resultType") {
                if (auto e = field.value().get_string().get(resultType))
                    return failure.set(e, "\"resultType\" must be a string");
                resultTypeCopy = std::string(resultType);
            } else if (key == "result") {
                od::array items;
                if (auto e = field.value().get_array().get(items))
                    return failure.set(e, "\"result\" must be an array");
                bool first = true;
                bool isPair = false;
                // A scalar or string result is a bare [time, "value"] pair; vectors and matrices hold objects.
                qint64 t = 0;
                int index = 0;
                for (auto element : items) {
                    od::value v;
                    if (auto e = element.get(v))
                        return failure.set(e, "the result is cut short");
                    if (first) {
                        od::json_type type;
                        if (auto e = v.type().get(type))
                            return failure.set(e, "the result is cut short");
                        isPair = type != od::json_type::object;
                        first = false;
                    }
                    if (isPair) {
                        if (index == 0) {
                            double seconds = 0;
                            if (auto e = v.get_double().get(seconds))
                                return failure.set(e, "a scalar's time must be a number");
                            t = std::llround(seconds * 1000.0);
                        } else if (index == 1) {
                            std::string_view text;
                            if (auto e = v.get_string().get(text))
                                return failure.set(e, "a scalar's value must be a string");
                            const auto parsed = parseSampleValue(text);
                            // A "string" result holds text, not a number: keep it as NaN with the text as a warning.
                            scalar = {t, parsed.value_or(std::numeric_limits<double>::quiet_NaN())};
                            if (!parsed)
                                result.warnings.append(u"string result: "_s + qstr(text));
                        }
                        ++index;
                        continue;
                    }
                    od::object seriesObject;
                    if (auto e = v.get_object().get(seriesObject))
                        return failure.set(e, "every result element must be an object");
                    SeriesOut out;
                    if (!readSeries(seriesObject, out, failure))
                        return false;
                    nativeHistograms += out.hasHistograms ? 1 : 0;
                    series.push_back(std::move(out));
                }
            }
        }
        return true;
    };

    auto envelope = json::readEnvelope(body, httpStatus, readData);
    if (!envelope)
        return std::unexpected(envelope.error());
    result.warnings += envelope->warnings;
    if (nativeHistograms > 0)
        result.warnings.append(u"%1 series carry native histograms, which are not drawn yet"_s.arg(nativeHistograms));

    if (resultTypeCopy == "scalar" || resultTypeCopy == "string" || (resultTypeCopy.empty() && scalar)) {
        if (!scalar)
            return makeError(ErrorCode::Parse, u"a scalar result without a [time, value] pair"_s);
        result.data = metrics::Scalar{scalar->first, scalar->second};
        return result;
    }
    bool matrix = resultTypeCopy == "matrix";
    if (resultTypeCopy.empty()) {
        for (const auto& s : series)
            matrix = matrix || s.hasValues;
    } else if (resultTypeCopy != "vector" && resultTypeCopy != "matrix") {
        return makeError(ErrorCode::Parse, u"unknown resultType \"%1\""_s.arg(qstr(resultTypeCopy)));
    }
    if (matrix) {
        metrics::Matrix out;
        out.reserve(series.size());
        for (auto& s : series)
            out.push_back(std::move(s.series));
        result.data = std::move(out);
    } else {
        metrics::Vector out;
        out.reserve(series.size());
        for (auto& s : series) {
            if (s.series.values.empty())
                continue; // a native-histogram-only sample
            out.push_back({std::move(s.series.labels), s.series.timestampsMs.front(), s.series.values.front()});
        }
        result.data = std::move(out);
    }
    return result;
}

} // namespace wk::prometheus
