// SPDX-License-Identifier: MIT
#include "charts/MetricChooser.h"

#include "data/MetricText.h"
#include "filters/FilterText.h"
#include "query/KpiValues.h"

#include <QEvent>

namespace streamlens::ui {

MetricChooser::MetricChooser(Kind kind, QWidget* parent)
    : QComboBox(parent)
    , m_kind(kind)
{
    // Items carry the key as data; their texts are set by retranslateUi.
    if (kind == Kind::Metrics) {
        for (const auto& m : query::metricKeys())
            addItem(QString(), QString::fromLatin1(m.key.data(), qsizetype(m.key.size())));
    } else {
        for (const auto& d : query::dimensionInfos())
            addItem(QString(), QString::fromLatin1(d.name.data(), qsizetype(d.name.size())));
    }
    retranslateUi();
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this,
            [this](int) { emit keyChanged(currentKey()); });
}

void MetricChooser::retranslateUi()
{
    for (int i = 0; i < count(); ++i) {
        const QString key = itemData(i).toString();
        if (m_kind == Kind::Metrics)
            setItemText(i, metricName(key));
        else
            setItemText(i, dimensionTitle(query::findDimension(key.toStdString())
                                              .value_or(query::DimensionId::DeviceType)));
    }
}

void MetricChooser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QComboBox::changeEvent(event);
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
