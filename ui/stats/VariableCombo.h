// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/Variable.h"

#include <QComboBox>

#include <optional>

namespace streamlens::ui {

// Chooses one variable of a level from the engine's catalogue (core/analysis/
// VariableCatalog): numeric and 0/1 variables, 0/1 outcomes only, or dimensions. The item
// data is the variable's key; the tooltip its definition.
class VariableCombo : public QComboBox {
    Q_OBJECT
public:
    enum class Kind { Metrics, Outcomes, Dimensions };

    explicit VariableCombo(Kind kind, QWidget* parent = nullptr);

    // Lists the level's variables of this kind, keeping the current key when it exists there.
    void setLevel(analysis::Level level);
    void setKind(Kind kind);
    std::string key() const;
    bool setKey(const std::string& key);
    std::optional<analysis::VariableInfo> info() const;

private:
    void fill();

    Kind m_kind;
    analysis::Level m_level = analysis::Level::Session;
};

} // namespace streamlens::ui
