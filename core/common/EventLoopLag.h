#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace wk {

// How late the thread's event loop runs a timer that should fire every intervalMs. Lateness is time the loop
// spent on something else (a long slot, a layout, a paint): what a person feels as a window that does not
// answer. Kept as a histogram of whole milliseconds, so a week-long run costs the same memory as a minute.
class EventLoopLag : public QObject
{
    Q_OBJECT
public:
    explicit EventLoopLag(int intervalMs = 10, QObject* parent = nullptr);

    void start();
    void stop();
    void reset();
    // stalled() is emitted for every lateness at or over this (0: never).
    void setStallThresholdMs(qint64 ms) { m_stallThresholdMs = ms; }

    qint64 samples() const { return m_samples; }
    double percentileMs(double percent) const; // nearest rank over every sample; 0 without samples
    qint64 maxMs() const { return m_max; }
    qint64 countAtLeast(qint64 ms) const;
    // The largest lateness since the last call (or since start), then starts a new window.
    qint64 takeWindowMax();
    // What each tick does with its lateness; public so the statistics can be checked without a clock.
    void record(qint64 latenessMs);

Q_SIGNALS:
    void stalled(qint64 ms);

private:
    void tick();

    static constexpr int histogramSize = 10'001; // 0..10,000 ms; the last bucket also holds anything longer
    int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_since;
    qint64 m_last = 0;
    std::vector<qint64> m_histogram;
    qint64 m_samples = 0;
    qint64 m_max = 0;
    qint64 m_windowMax = 0;
    qint64 m_stallThresholdMs = 0;
};

} // namespace wk
