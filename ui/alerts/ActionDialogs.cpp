#include "alerts/ActionDialogs.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

QDialogButtonBox* addButtons(QDialog& dialog, QBoxLayout* layout, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return buttons;
}

std::optional<QString> askLine(QWidget* parent, const QString& title, const QString& label, const QString& value)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, value, &ok).trimmed();
    if (!ok || text.isEmpty())
        return std::nullopt;
    return text;
}

} // namespace

std::optional<QString> ActionDialogs::note(QWidget* parent, const QString& subject)
{
    bool ok = false;
    const QString text
        = QInputDialog::getMultiLineText(parent, tr("Add note"), tr("Note for %1:").arg(subject), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return std::nullopt;
    return text.trimmed();
}

std::optional<QDateTime> ActionDialogs::snoozeUntil(QWidget* parent, const QString& subject, const QDateTime& now)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"snoozeDialog"_s);
    dialog.setWindowTitle(tr("Snooze"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Snooze %1 until:").arg(subject)));

    const QDateTime local = now.toLocalTime();
    const QDateTime tomorrowMorning(local.date().addDays(1), QTime(9, 0));
    const std::pair<QString, QDateTime> presets[] = {
        {tr("30 minutes"), local.addSecs(30 * 60)},
        {tr("1 hour"), local.addSecs(3600)},
        {tr("4 hours"), local.addSecs(4 * 3600)},
        {tr("09:00 tomorrow"), tomorrowMorning},
    };
    const QString names[] = {u"snooze30Minutes"_s, u"snooze1Hour"_s, u"snooze4Hours"_s, u"snoozeTomorrow"_s};
    auto* group = new QButtonGroup(&dialog);
    auto* grid = new QGridLayout;
    int row = 0;
    for (const auto& [text, until] : presets) {
        auto* button = new QRadioButton(text);
        button->setObjectName(names[row]);
        group->addButton(button, row);
        grid->addWidget(button, row, 0);
        auto* when = new QLabel(QLocale().toString(until, u"ddd d MMM, HH:mm"_s));
        when->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(when, row, 1);
        ++row;
    }
    auto* custom = new QRadioButton(tr("Until"));
    custom->setObjectName(u"snoozeCustom"_s);
    group->addButton(custom, row);
    auto* edit = new QDateTimeEdit(local.addSecs(2 * 3600));
    edit->setObjectName(u"snoozeCustomEdit"_s);
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(local);
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    grid->addWidget(custom, row, 0);
    grid->addWidget(edit, row, 1);
    layout->addLayout(grid);
    group->button(0)->setChecked(true);
    // Touching the date means the date is wanted.
    QObject::connect(edit, &QDateTimeEdit::dateTimeChanged, custom, [custom] { custom->setChecked(true); });
    addButtons(dialog, layout, tr("Snooze"));

    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const int chosen = group->checkedId();
    const QDateTime until = chosen >= 0 && chosen < int(std::size(presets)) ? presets[chosen].second : edit->dateTime();
    return until.toUTC();
}

std::optional<QString> ActionDialogs::escalation(QWidget* parent, const QString& subject, const QString& suggestion,
    const QStringList& history, const PolicySource& policies)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"escalationDialog"_s);
    dialog.setWindowTitle(tr("Escalate"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Escalate %1 to the escalation policy:").arg(subject)));
    auto* combo = new QComboBox;
    combo->setObjectName(u"escalationCombo"_s);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(28);
    combo->addItems(history);
    combo->setEditText(suggestion);
    layout->addWidget(combo);
    QDialogButtonBox* buttons = addButtons(dialog, layout, tr("Escalate"));
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    const auto updateOk = [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); };
    QObject::connect(combo, &QComboBox::editTextChanged, ok, updateOk);
    updateOk(combo->currentText());

    if (policies) {
        // The names arrive while the dialog is open; what the user has typed stays.
        policies(&dialog, [combo](const QStringList& names) {
            const QString typed = combo->currentText();
            for (const QString& name : names) {
                if (combo->findText(name) < 0)
                    combo->addItem(name);
            }
            combo->setEditText(typed);
        });
    }

    if (dialog.exec() != QDialog::Accepted || combo->currentText().trimmed().isEmpty())
        return std::nullopt;
    return combo->currentText().trimmed();
}

std::optional<QString> ActionDialogs::assignee(QWidget* parent, const QString& subject, const QString& user)
{
    return askLine(parent, tr("Assign"), tr("Assign %1 to (user name):").arg(subject), user);
}

std::optional<QStringList> ActionDialogs::tags(QWidget* parent, const QString& subject)
{
    const auto text = askLine(parent, tr("Add tags"), tr("Tags for %1, separated by commas:").arg(subject), {});
    if (!text)
        return std::nullopt;
    QStringList tags;
    for (const QString& tag : text->split(u',', Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    }
    tags.removeDuplicates();
    if (tags.isEmpty())
        return std::nullopt;
    return tags;
}

bool ActionDialogs::confirmClose(QWidget* parent, int count)
{
    QMessageBox box(QMessageBox::Question, tr("Close alerts"), tr("Close %n alerts?", nullptr, count),
        QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setObjectName(u"confirmCloseBox"_s);
    box.setInformativeText(tr("Each is closed at the alert service for everyone."));
    box.button(QMessageBox::Yes)->setText(tr("Close %n alerts", nullptr, count));
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

} // namespace wk::ui
