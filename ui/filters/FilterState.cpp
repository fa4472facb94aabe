// SPDX-License-Identifier: MIT
#include "filters/FilterState.h"

#include <QJsonDocument>
#include <QSettings>

namespace streamlens::ui {

void FilterState::save(QSettings& settings, const query::Filter& filter)
{
    // Compact JSON text rather than a nested QVariantMap: readable in the .conf/.ini file
    // and identical on every platform's settings backend.
    settings.setValue(
        kKey, QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
}

std::optional<query::Filter> FilterState::restore(const QSettings& settings)
{
    const QString text = settings.value(kKey).toString();
    if (text.isEmpty())
        return std::nullopt;
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return query::Filter::fromJson(doc.object(), nullptr);
}

} // namespace streamlens::ui
