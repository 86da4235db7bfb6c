#include "ConfigValueEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <cmath>
#include <limits>

namespace kumiko::ui {
namespace {

// The widest range a number editor takes: beyond it doubles stop being exact whole numbers.
constexpr double kLargest = 1e15;

bool isWhole(const std::optional<double>& number)
{
    return !number || std::floor(*number) == *number;
}

} // namespace

ConfigValueEditor::ConfigValueEditor(QWidget* parent)
    : QStackedWidget(parent)
    , m_number(new QDoubleSpinBox(this))
    , m_boolean(new QCheckBox(this))
    , m_select(new QComboBox(this))
    , m_text(new QLineEdit(this))
{
    // Indexes follow config::ValueType.
    addWidget(m_text);
    addWidget(m_number);
    addWidget(m_boolean);
    addWidget(m_select);
    m_number->setGroupSeparatorShown(true);
    connect(m_number, &QDoubleSpinBox::valueChanged, this, &ConfigValueEditor::edited);
    connect(m_boolean, &QCheckBox::toggled, this, &ConfigValueEditor::edited);
    connect(m_select, &QComboBox::currentIndexChanged, this, &ConfigValueEditor::edited);
    connect(m_text, &QLineEdit::textEdited, this, &ConfigValueEditor::edited);
}

void ConfigValueEditor::setKey(const config::ConfigKey& key, const std::optional<nlohmann::json>& current)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_number), QSignalBlocker(m_boolean),
                                       QSignalBlocker(m_select), QSignalBlocker(m_text)};
    m_type = key.type;
    setCurrentIndex(int(key.type));
    const std::optional<double> currentNumber =
        current && current->is_number() ? std::optional(current->get<double>()) : std::nullopt;
    switch (key.type) {
    case config::ValueType::Number: {
        // The spin box never clamps to the key's bounds: a value out of them stays as typed, and the
        // page says why it cannot be set (ValueValidator), instead of silently writing the bound.
        m_number->setDecimals(isWhole(key.min) && isWhole(key.max) && isWhole(currentNumber) ? 0 : 4);
        m_number->setRange(-kLargest, kLargest);
        const double lowest = key.min.value_or(-kLargest);
        const double highest = key.max.value_or(kLargest);
        m_number->setValue(currentNumber.value_or(std::max(lowest, std::min(0.0, highest))));
        break;
    }
    case config::ValueType::Boolean:
        m_boolean->setChecked(current && current->is_boolean() && current->get<bool>());
        break;
    case config::ValueType::Select:
        m_select->clear();
        m_select->addItems(key.options);
        m_select->setCurrentIndex(
            current && current->is_string()
                ? std::max(0, int(key.options.indexOf(QString::fromStdString(current->get<std::string>()))))
                : 0);
        break;
    case config::ValueType::Text:
        m_text->setEchoMode(key.encrypted ? QLineEdit::Password : QLineEdit::Normal);
        m_text->setText(current && current->is_string() && !key.encrypted
                            ? QString::fromStdString(current->get<std::string>())
                            : QString());
        m_text->setPlaceholderText(key.pattern);
        break;
    }
}

nlohmann::json ConfigValueEditor::value() const
{
    switch (m_type) {
    case config::ValueType::Number: {
        const double number = m_number->value();
        if (m_number->decimals() == 0 && std::abs(number) < double(std::numeric_limits<qint64>::max()))
            return qint64(number);
        return number;
    }
    case config::ValueType::Boolean:
        return m_boolean->isChecked();
    case config::ValueType::Select:
        return m_select->currentText().toStdString();
    case config::ValueType::Text:
        break;
    }
    return m_text->text().toStdString();
}

} // namespace kumiko::ui
