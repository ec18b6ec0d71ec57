#include "demo/FleetSpec.h"

using namespace Qt::StringLiterals;

namespace wk::demo {

namespace {

std::vector<double> steps(double from, double to, double step)
{
    std::vector<double> out;
    for (double v = from; v <= to + step / 2; v += step)
        out.push_back(v);
    return out;
}

} // namespace

std::vector<ServiceSpec> defaultFleet()
{
    std::vector<ServiceSpec> fleet;

    ServiceSpec churn;
    churn.name = u"churn-model"_s;
    churn.node = u"gpu-node-3"_s;
    churn.modelVersion = u"2026.11.3"_s;
    churn.baseRps = 40.0;
    churn.latencyMedianSeconds = 0.045;
    churn.accuracy = 0.915;
    churn.classes = {u"churn"_s, u"stay"_s};
    churn.classMix = {0.18, 0.82};
    churn.features = {
        {u"tenure_months"_s, 30.0, 15.0, steps(0.0, 72.0, 6.0)},
        {u"monthly_charges"_s, 65.0, 25.0, steps(20.0, 120.0, 10.0)},
    };
    churn.memoryBytes = 1.6e9;
    fleet.push_back(churn);

    ServiceSpec fraud;
    fraud.name = u"fraud-scorer"_s;
    fraud.node = u"gpu-node-2"_s;
    fraud.modelVersion = u"5.4.0"_s;
    fraud.baseRps = 220.0;
    fraud.latencyMedianSeconds = 0.018;
    fraud.latencySigma = 0.45;
    fraud.accuracy = 0.962;
    fraud.errorRatio = 0.002;
    fraud.classes = {u"fraud"_s, u"legit"_s};
    fraud.classMix = {0.02, 0.98};
    fraud.features = {
        {u"amount"_s, 80.0, 40.0, steps(0.0, 250.0, 25.0)},
        {u"merchant_risk"_s, 0.3, 0.15, steps(0.0, 1.0, 0.1)},
    };
    fraud.memoryBytes = 2.4e9;
    fleet.push_back(fraud);

    ServiceSpec sentiment;
    sentiment.name = u"sentiment-api"_s;
    sentiment.node = u"gpu-node-1"_s;
    sentiment.modelVersion = u"bert-ft-17"_s;
    sentiment.baseRps = 90.0;
    sentiment.latencyMedianSeconds = 0.07;
    sentiment.latencySigma = 0.55;
    sentiment.accuracy = 0.894;
    sentiment.errorRatio = 0.004;
    sentiment.classes = {u"positive"_s, u"neutral"_s, u"negative"_s};
    sentiment.classMix = {0.45, 0.35, 0.20};
    sentiment.features = {
        {u"text_length"_s, 180.0, 80.0, steps(0.0, 500.0, 50.0)},
        {u"emoji_ratio"_s, 0.05, 0.03, steps(0.0, 0.2, 0.02)},
    };
    sentiment.memoryBytes = 3.1e9;
    fleet.push_back(sentiment);

    return fleet;
}

const std::vector<double>& latencyBuckets()
{
    static const std::vector<double> bounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0};
    return bounds;
}

const std::vector<double>& confidenceBuckets()
{
    static const std::vector<double> bounds{0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
    return bounds;
}

} // namespace wk::demo
