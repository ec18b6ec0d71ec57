#include "common/EventLoopLag.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace wk {

EventLoopLag::EventLoopLag(int intervalMs, QObject* parent)
    : QObject(parent)
    , m_intervalMs(std::max(1, intervalMs))
    , m_histogram(histogramSize, 0)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopLag::tick);
}

void EventLoopLag::start()
{
    m_since.start();
    m_last = 0;
    m_timer.start();
}

void EventLoopLag::stop()
{
    m_timer.stop();
}

void EventLoopLag::reset()
{
    std::fill(m_histogram.begin(), m_histogram.end(), 0);
    m_samples = 0;
    m_max = 0;
    m_windowMax = 0;
}

void EventLoopLag::tick()
{
    const qint64 now = m_since.elapsed();
    const qint64 lateness = std::max<qint64>(0, now - m_last - m_intervalMs);
    m_last = now;
    record(lateness);
}

void EventLoopLag::record(qint64 lateness)
{
    lateness = std::max<qint64>(0, lateness);
    ++m_histogram[std::size_t(std::min<qint64>(lateness, histogramSize - 1))];
    ++m_samples;
    m_max = std::max(m_max, lateness);
    m_windowMax = std::max(m_windowMax, lateness);
    if (m_stallThresholdMs > 0 && lateness >= m_stallThresholdMs)
        Q_EMIT stalled(lateness);
}

double EventLoopLag::percentileMs(double percent) const
{
    if (m_samples == 0)
        return 0;
    const auto rank = std::max<qint64>(1, qint64(std::ceil(std::clamp(percent, 0.0, 100.0) / 100.0 * m_samples)));
    qint64 seen = 0;
    for (std::size_t ms = 0; ms < m_histogram.size(); ++ms) {
        seen += m_histogram[ms];
        if (seen >= rank)
            return double(ms);
    }
    return double(m_max);
}

qint64 EventLoopLag::countAtLeast(qint64 ms) const
{
    qint64 count = 0;
    for (std::size_t i = std::size_t(std::clamp<qint64>(ms, 0, histogramSize - 1)); i < m_histogram.size(); ++i)
        count += m_histogram[i];
    return count;
}

qint64 EventLoopLag::takeWindowMax()
{
    return std::exchange(m_windowMax, 0);
}

} // namespace wk
