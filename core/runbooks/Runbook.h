#pragma once

#include "runbooks/EstimatedTime.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wk::runbooks {

enum class RunbookKind { Yaml, Markdown };

// One thing to do, in the seed's fields. `line` is where the step starts in its file (1-based).
struct RunbookStep
{
    QString id; // step_id
    QString description;
    QString action;
    QString expectedResult;
    QString troubleshooting;
    QString automationScript; // empty for a manual step; never run without a person confirming it
    QString section;          // Markdown: the heading the step sits under; empty for YAML
    int line = 0;
};

// A Markdown heading with the prose written under it, before its first checklist item.
struct RunbookSection
{
    QString title;
    QString text;
    int line = 0;
};

struct Runbook
{
    QString id;
    QString title;
    QString description;
    QString alertRuleId; // alert_rule_id: the alerting rule (Prometheus alert name) it answers
    std::optional<EstimatedTime> estimatedTime;
    QStringList prerequisites;
    QStringList escalationContacts;
    QList<RunbookStep> steps;
    QList<RunbookSection> sections; // Markdown only
    QString sourceFile;
    RunbookKind kind = RunbookKind::Yaml;

    const RunbookStep* step(const QString& stepId) const;
};

} // namespace wk::runbooks
