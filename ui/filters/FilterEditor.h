// SPDX-License-Identifier: MIT
#pragma once

#include "query/Dimension.h"
#include "query/Filter.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QUndoStack;

namespace streamlens::ui {

class DataController;

// The one way the GUI changes the filter: the filter panel, the chips and cross-filter clicks
// on charts all come here, so every change lands on one undo stack (Ctrl+Z / Ctrl+Shift+Z).
class FilterEditor : public QObject {
    Q_OBJECT
public:
    explicit FilterEditor(DataController* data, QObject* parent = nullptr);

    QUndoStack* undoStack() const { return m_undo; }
    const query::Filter& filter() const;

    // Replaces the whole filter as one undoable step named by description.
    void apply(const query::Filter& filter, const QString& description);
    // Keeps only these values of a dimension (empty = no condition on it).
    void setValues(query::DimensionId dimension, const QStringList& values);
    // Adds the value to the dimension's condition, or removes it when present (a click on a
    // bar that is already the filter clears it again, as Power BI does).
    void toggleValue(query::DimensionId dimension, const QString& value);
    // Values currently kept for a dimension (empty when it has no condition).
    QStringList values(query::DimensionId dimension) const;
    void setTimeRange(std::optional<qint64> fromMs, std::optional<qint64> toMs);
    void clearDimension(query::DimensionId dimension);
    void clearAll();

private:
    DataController* m_data;
    QUndoStack* m_undo;
};

} // namespace streamlens::ui
