#pragma once

#include "alerts/Alert.h"
#include "runbooks/RunbookProblem.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace wk::runbooks {

// The runbooks of a workspace's folders, and which one answers an alert. A broken file is kept with its
// problems and never stops the others from loading.
class RunbookLibrary
{
public:
    struct FileProblems
    {
        QString file;
        QList<RunbookProblem> problems;
    };

    // Loads every *.yaml, *.yml, *.md and *.markdown under the folders, recursively, in file name order,
    // replacing what was loaded before. Relative runbook_url paths are looked up in these folders.
    void loadFolders(const QStringList& folders);
    // Adds one file; false when it cannot be read, is invalid or reuses a loaded runbook's id.
    bool addFile(const QString& path);

    const QList<Runbook>& runbooks() const { return m_runbooks; }
    const QList<FileProblems>& problems() const { return m_problems; }

    const Runbook* byId(const QString& id) const;
    // The runbook whose alert_rule_id is exactly `ruleId`.
    const Runbook* forRuleId(const QString& ruleId) const;
    // The runbook whose alert_rule_id names the alert, ignoring case and anything but letters and digits, so
    // "ModelAccuracyLow" finds "model_accuracy_low".
    const Runbook* forAlertName(const QString& alertName) const;
    // "runbook:ID" (the demo fleet's links), a local file path or a file:// URL; nothing for web links.
    const Runbook* forRunbookUrl(const QString& url) const;
    // The alert's runbook_url first, then its rule name: alerts carry no rule id of their own, so the
    // "alertname" detail (a Prometheus rule's name, also set by the demo fleet) stands for it.
    const Runbook* forAlert(const alerts::Alert& alert) const;

private:
    void addProblems(const QString& file, QList<RunbookProblem> problems);

    QStringList m_folders;
    QList<Runbook> m_runbooks;
    QList<QString> m_canonicalPaths; // beside m_runbooks
    QList<FileProblems> m_problems;
};

} // namespace wk::runbooks
