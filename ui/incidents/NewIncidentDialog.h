#pragma once

#include "incidents/Incident.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace wk::ui {

// Opens an incident: title, severity, commander, services and why, filled in from the alerts it starts from.
class NewIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    NewIncidentDialog(const incidents::NewIncident& draft, const QString& user, QWidget* parent = nullptr);

    incidents::NewIncident incident() const;

private:
    void updateOk();

    incidents::NewIncident m_draft;
    QLineEdit* m_title = nullptr;
    QComboBox* m_severity = nullptr;
    QLineEdit* m_commander = nullptr;
    QLineEdit* m_services = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace wk::ui
