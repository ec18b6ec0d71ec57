#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace wk::demo {

struct FeatureSpec
{
    QString name;
    double mean = 0.0;
    double sd = 1.0;
    std::vector<double> bucketBounds; // finite `le` bounds; +Inf is added
};

// One simulated ML service: what it serves, where it runs, how it behaves when healthy.
struct ServiceSpec
{
    QString name;
    QString node; // the GPU node it runs on
    QString modelVersion;
    double baseRps = 50.0;
    double latencyMedianSeconds = 0.04;
    double latencySigma = 0.5; // lognormal shape
    double accuracy = 0.92;
    double errorRatio = 0.003;
    QStringList classes;
    std::vector<double> classMix;
    std::vector<FeatureSpec> features;
    double memoryBytes = 1.8e9;
};

// The three services the demo fleet runs, with the metric shapes the seed documents describe.
std::vector<ServiceSpec> defaultFleet();

// Latency and confidence bucket bounds shared by every service.
const std::vector<double>& latencyBuckets();
const std::vector<double>& confidenceBuckets();

} // namespace wk::demo
