#pragma once

#include "common/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace wk::postmortems {

// One line of the postmortem's timeline, kept as it was rendered when it was chosen so that the document reads the
// same even if the incident view learns to describe events differently.
struct TimelineEntry
{
    qint64 seq = 0; // the incident event it stands for
    QDateTime at;   // UTC
    QString actor;
    QString text; // timelineLine() of the event; may hold several lines
    friend bool operator==(const TimelineEntry&, const TimelineEntry&) = default;
};

struct ActionItem
{
    QString what;
    QString owner;
    QDate due; // invalid: no date yet
    friend bool operator==(const ActionItem&, const ActionItem&) = default;
};

struct Impact
{
    QString users;                         // free text: "about 4% of checkout requests in eu-west"
    std::optional<qint64> durationSeconds; // created -> resolved, from the incident; none while unresolved
    QString sloBudget;                     // free text: "18% of the 30-day budget of checkout-availability"
    std::optional<double> sloBudgetBurned; // a fraction of the budget (0.18), when the caller could measure it
    friend bool operator==(const Impact&, const Impact&) = default;
};

// The written account of one incident. Fields the incident knows (duration, MTTA, MTTR, severity, commander) are
// copied from it; the rest is what people write. The store keeps one per incident.
struct Postmortem
{
    qint64 incidentId = 0;
    QString title;
    QString severity;  // the incident's token: "SEV2"
    QString commander; // empty: nobody had the role
    QString summary;
    Impact impact;
    QList<TimelineEntry> timeline; // the entries chosen, in seq order
    QString rootCause;
    QString resolution;
    QList<ActionItem> actionItems;
    QString lessons;
    std::optional<qint64> mttaSeconds;
    std::optional<qint64> mttrSeconds;
    qint64 revision = 0; // 0: never saved; the store counts each save
    QDateTime updatedAt; // UTC, set by the store
    friend bool operator==(const Postmortem&, const Postmortem&) = default;
};

// The body the store keeps: everything but the incident id, revision and time of the save, which have columns.
QJsonObject toJson(const Postmortem& postmortem);
// Parse error naming the first field that cannot be read. Unknown keys are ignored so an older build can read a
// body a newer one wrote; missing keys read as empty.
Result<Postmortem> postmortemFromJson(const QJsonObject& body);

} // namespace wk::postmortems
