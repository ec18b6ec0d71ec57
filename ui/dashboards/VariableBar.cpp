#include "dashboards/VariableBar.h"

#include "common/Logging.h"
#include "workspace/Variables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace wk::ui {

VariableBar::VariableBar(const QList<workspace::Variable>& variables, metrics::MetricsBackend& backend, QWidget* parent)
    : QWidget(parent)
    , m_variables(variables)
    , m_backend(backend)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (int i = 0; i < m_variables.size(); ++i) {
        auto* label = new QLabel(m_variables[i].label.isEmpty() ? m_variables[i].name : m_variables[i].label, this);
        auto* combo = new QComboBox(this);
        combo->setObjectName(u"variable-"_s + m_variables[i].name);
        combo->setMinimumContentsLength(14);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        label->setBuddy(combo);
        layout->addWidget(label);
        layout->addWidget(combo);
        m_combos.append(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, i](int) { onPicked(i); });
    }
}

QComboBox* VariableBar::combo(const QString& variable) const
{
    for (int i = 0; i < m_variables.size(); ++i) {
        if (m_variables[i].name == variable)
            return m_combos[i];
    }
    return nullptr;
}

void VariableBar::reload()
{
    if (!m_variables.isEmpty())
        load(0);
}

bool VariableBar::select(const QString& variable, const QString& value)
{
    QComboBox* c = combo(variable);
    if (!c)
        return false;
    const int index = c->findText(value);
    if (index < 0)
        return false;
    c->setCurrentIndex(index);
    return true;
}

void VariableBar::load(int index)
{
    if (index >= m_variables.size())
        return;
    const auto query = workspace::parseLabelValuesQuery(m_variables[index].query);
    if (!query) {
        logging::get("ui")->warn(
            "variable {}: cannot read query {}", m_variables[index].name, m_variables[index].query);
        return;
    }
    const QString selector = workspace::expandVariables(query->selector, m_values);
    m_backend.labelValues(query->label, selector, this, [this, index](Result<QStringList> result) {
        if (!result) {
            logging::get("ui")->warn("variable {}: {}", m_variables[index].name, describe(result.error()));
            m_combos[index]->setToolTip(describe(result.error()));
            return;
        }
        QComboBox* c = m_combos[index];
        const QString previous = m_values.value(m_variables[index].name);
        m_updating = true;
        c->clear();
        c->addItems(*result);
        const int keep = c->findText(previous);
        c->setCurrentIndex(keep >= 0 ? keep : (c->count() > 0 ? 0 : -1));
        m_updating = false;
        onPicked(index);
    });
}

void VariableBar::onPicked(int index)
{
    if (m_updating)
        return;
    const QString name = m_variables[index].name;
    const QString value = m_combos[index]->currentText();
    const bool changed = m_values.value(name) != value || !m_values.contains(name);
    m_values.insert(name, value);
    // Later variables may depend on this one: reload them before announcing the whole set.
    if (index + 1 < m_variables.size()) {
        if (changed)
            load(index + 1);
        return;
    }
    if (changed || index + 1 >= m_variables.size())
        Q_EMIT valuesChanged(m_values);
}

} // namespace wk::ui
