// SPDX-License-Identifier: MIT
#include "filters/FilterEditor.h"

#include "data/DataController.h"
#include "filters/FilterText.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace streamlens::ui {

namespace {
// Swaps whole filters: simple, and exactly reversible whatever the change was.
class FilterChange : public QUndoCommand {
public:
    FilterChange(DataController* data, query::Filter before, query::Filter after,
                 const QString& text)
        : QUndoCommand(text)
        , m_data(data)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_data->setFilter(m_before); }
    void redo() override { m_data->setFilter(m_after); }

private:
    DataController* m_data;
    query::Filter m_before;
    query::Filter m_after;
};

// The filter without any non-negated condition on dimension.
query::Filter without(const query::Filter& filter, query::DimensionId dimension)
{
    query::Filter result = filter;
    for (size_t i = result.conditions().size(); i-- > 0;)
        if (result.conditions()[i].dimension == dimension)
            result.removeCondition(i);
    return result;
}
} // namespace

FilterEditor::FilterEditor(DataController* data, QObject* parent)
    : QObject(parent)
    , m_data(data)
    , m_undo(new QUndoStack(this))
{
}

const query::Filter& FilterEditor::filter() const
{
    return m_data->filter();
}

void FilterEditor::apply(const query::Filter& filter, const QString& description)
{
    if (filter == m_data->filter())
        return;
    m_undo->push(new FilterChange(m_data, m_data->filter(), filter, description));
}

QStringList FilterEditor::values(query::DimensionId dimension) const
{
    QStringList result;
    for (const auto& c : filter().conditions())
        if (c.dimension == dimension && !c.negated)
            for (const auto& v : c.values)
                result << QString::fromStdString(v);
    return result;
}

void FilterEditor::setValues(query::DimensionId dimension, const QStringList& values)
{
    query::Filter next = without(filter(), dimension);
    if (!values.isEmpty()) {
        std::vector<std::string> v;
        for (const auto& s : values)
            v.push_back(s.toStdString());
        next.addCondition(dimension, v, false, nullptr);
    }
    // The undo text is read in the Edit menu: display labels, not column names.
    QStringList shown;
    for (const auto& v : values)
        shown << valueText(dimension, v);
    apply(next, values.isEmpty()
                    ? tr("Clear %1").arg(dimensionTitle(dimension))
                    : tr("Filter %1 = %2").arg(dimensionTitle(dimension), shown.join(", ")));
}

void FilterEditor::toggleValue(query::DimensionId dimension, const QString& value)
{
    QStringList current = values(dimension);
    if (current.contains(value))
        current.removeAll(value);
    else
        current << value;
    setValues(dimension, current);
}

void FilterEditor::setTimeRange(std::optional<qint64> fromMs, std::optional<qint64> toMs)
{
    query::Filter next = filter();
    next.setTimeRange(fromMs ? std::optional<int64_t>(*fromMs) : std::nullopt,
                      toMs ? std::optional<int64_t>(*toMs) : std::nullopt);
    apply(next, tr("Change date range"));
}

void FilterEditor::clearDimension(query::DimensionId dimension)
{
    setValues(dimension, {});
}

void FilterEditor::clearAll()
{
    apply(query::Filter{}, tr("Clear all filters"));
}

} // namespace streamlens::ui
