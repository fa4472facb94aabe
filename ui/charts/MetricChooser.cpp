// SPDX-License-Identifier: MIT
#include "charts/MetricChooser.h"

#include "data/MetricText.h"
#include "query/KpiValues.h"

namespace streamlens::ui {

MetricChooser::MetricChooser(Kind kind, QWidget* parent)
    : QComboBox(parent)
{
    if (kind == Kind::Metrics) {
        for (const auto& m : query::metricKeys()) {
            const QString key = QString::fromLatin1(m.key.data(), qsizetype(m.key.size()));
            addItem(metricName(key), key);
        }
    } else {
        for (const auto& d : query::dimensionInfos()) {
            const QString key = QString::fromLatin1(d.name.data(), qsizetype(d.name.size()));
            // Labels are the dimension names of the CLI; a translated name list comes with
            // the German translation.
            addItem(key, key);
        }
    }
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this,
            [this](int) { emit keyChanged(currentKey()); });
}

void MetricChooser::setCurrentKey(const QString& key)
{
    const int i = findData(key);
    if (i >= 0)
        setCurrentIndex(i);
}

query::DimensionId MetricChooser::currentDimension() const
{
    return query::findDimension(currentKey().toStdString())
        .value_or(query::DimensionId::DeviceType);
}

} // namespace streamlens::ui
