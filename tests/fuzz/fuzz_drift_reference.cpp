// A histogram drift reference file (CSV `feature,le,count`), then the histogram drift of each feature against
// itself and against the first feature. The reader takes a path, so each input goes through one temporary file.
#include "FuzzSupport.h"
#include "analytics/drift/BucketSets.h"
#include "analytics/drift/HistogramDrift.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace wk::analytics;
    using namespace wk::analytics::drift;
    static const QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("reference.csv"));
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        wk::fuzz::broken("the input can be written to a temporary file");
    file.close();
    const auto sets = readReferenceFile(path);
    if (!sets || sets->isEmpty())
        return 0;
    const std::vector<Bucket>& first = sets->first();
    for (const std::vector<Bucket>& buckets : *sets) {
        (void)histogramDrift(buckets, buckets);
        (void)histogramDrift(first, buckets);
    }
    return 0;
}
