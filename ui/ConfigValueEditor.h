#pragma once

#include "config/ConfigKey.h"

#include <QStackedWidget>
#include <nlohmann/json.hpp>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace kumiko::ui {

/// The editor that fits a key's type: a spin box (never clamped to the key's bounds: the page validates), a
/// check box, a combo box of its options, or a line edit (masked for encrypted keys).
class ConfigValueEditor : public QStackedWidget
{
    Q_OBJECT

public:
    explicit ConfigValueEditor(QWidget* parent = nullptr);

    /// Prepares the editor for `key`, showing `current` (a value of the key's type) when there is one.
    void setKey(const config::ConfigKey& key, const std::optional<nlohmann::json>& current);
    /// The edited value, typed for the key.
    nlohmann::json value() const;

    QDoubleSpinBox* numberEditor() const { return m_number; }
    QCheckBox* booleanEditor() const { return m_boolean; }
    QComboBox* selectEditor() const { return m_select; }
    QLineEdit* textEditor() const { return m_text; }

Q_SIGNALS:
    void edited();

private:
    QDoubleSpinBox* m_number;
    QCheckBox* m_boolean;
    QComboBox* m_select;
    QLineEdit* m_text;
    config::ValueType m_type = config::ValueType::Text;
};

} // namespace kumiko::ui
