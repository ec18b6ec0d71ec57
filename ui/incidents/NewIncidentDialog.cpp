#include "NewIncidentDialog.h"

#include "IncidentText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

NewIncidentDialog::NewIncidentDialog(const incidents::NewIncident& draft, const QString& user, QWidget* parent)
    : QDialog(parent)
    , m_draft(draft)
{
    setWindowTitle(tr("Open an incident"));
    auto* form = new QFormLayout;
    m_title = new QLineEdit(draft.title, this);
    m_title->setPlaceholderText(tr("What is wrong, as people will say it"));
    m_severity = new QComboBox(this);
    for (int sev = int(incidents::Severity::Sev1); sev <= int(incidents::Severity::Sev4); ++sev) {
        const auto severity = incidents::Severity(sev);
        m_severity->addItem(severityText(severity) + u" — "_s + severityMeaning(severity), sev);
    }
    m_severity->setCurrentIndex(m_severity->findData(int(draft.severity)));
    m_commander = new QLineEdit(draft.commander.isEmpty() ? user : draft.commander, this);
    m_commander->setToolTip(tr("The incident commander: the one person who decides. Empty: nobody yet."));
    m_services = new QLineEdit(draft.services.join(u", "_s), this);
    m_services->setPlaceholderText(tr("fraud-detector, recommender"));
    m_note = new QPlainTextEdit(draft.note, this);
    m_note->setPlaceholderText(tr("Why it is an incident (optional)"));
    m_note->setMaximumHeight(80);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Severity"), m_severity);
    form->addRow(tr("&Commander"), m_commander);
    form->addRow(tr("Ser&vices"), m_services);
    form->addRow(tr("&Why"), m_note);

    QStringList alertNames;
    for (const incidents::LinkedAlert& alert : draft.alerts)
        alertNames.append(alert.tinyId.isEmpty() ? alert.alertId : u'#' + alert.tinyId);
    auto* alerts = new QLabel(alertNames.isEmpty() ? tr("No alerts: an incident from scratch.")
                                                   : tr("Alerts linked: %1").arg(alertNames.join(u", "_s)),
        this);
    alerts->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Open incident"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewIncidentDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(alerts);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    updateOk();
}

void NewIncidentDialog::updateOk()
{
    m_ok->setEnabled(!m_title->text().trimmed().isEmpty());
}

incidents::NewIncident NewIncidentDialog::incident() const
{
    incidents::NewIncident result = m_draft;
    result.title = m_title->text().trimmed();
    result.severity = incidents::Severity(m_severity->currentData().toInt());
    result.commander = m_commander->text().trimmed();
    result.services.clear();
    for (const QString& service : m_services->text().split(u',', Qt::SkipEmptyParts)) {
        if (const QString name = service.trimmed(); !name.isEmpty() && !result.services.contains(name))
            result.services.append(name);
    }
    result.services.sort();
    result.note = m_note->toPlainText().trimmed();
    return result;
}

} // namespace wk::ui
