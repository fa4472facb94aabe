// SPDX-License-Identifier: MIT
#include "analysis/ClusterAnswer.h"

#include <QJsonArray>

#include <cmath>

namespace streamlens::analysis {

namespace {
QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}
QJsonValue optional(const std::optional<double>& v)
{
    return v ? finite(*v) : QJsonValue(QJsonValue::Null);
}
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
} // namespace

QJsonObject ClusterAnswer::toJson() const
{
    QJsonArray features, cols, list, scanList;
    for (const auto& f : request.features)
        features.append(q(f));
    for (const auto& c : columns)
        cols.append(q(c));
    for (const auto& c : clusters) {
        QJsonObject centre, z;
        for (size_t j = 0; j < columns.size(); ++j) {
            centre[q(columns[j])] = finite(c.centre[j]);
            z[q(columns[j])] = finite(c.zCentre[j]);
        }
        list.append(QJsonObject{{"cluster", c.cluster},
                                {"size", static_cast<qint64>(c.size)},
                                {"share", finite(c.share)},
                                {"centre", centre},
                                {"z_centre", z},
                                {"within_ss", finite(c.withinSS)},
                                {"silhouette", optional(c.silhouette)},
                                {"description", q(c.description)}});
    }
    for (const auto& s : scan)
        scanList.append(QJsonObject{
            {"k", s.k}, {"wcss", finite(s.totalWithinSS)}, {"silhouette", optional(s.silhouette)}});
    QJsonObject means;
    for (size_t j = 0; j < columns.size(); ++j)
        means[q(columns[j])] = finite(overallMean[j]);
    QJsonObject o{{"level", q(levelName(request.level))},
                  {"k", request.k},
                  {"features", features},
                  {"columns", cols},
                  {"units", static_cast<qint64>(units)},
                  {"n", static_cast<qint64>(n)},
                  {"excluded", QJsonObject{{"null_value", static_cast<qint64>(nullValues)}}},
                  {"overall_mean", means},
                  {"clusters", list},
                  {"total_within_ss", finite(totalWithinSS)},
                  {"between_ss", finite(betweenSS)},
                  {"total_ss", finite(totalSS)},
                  {"between_over_total", totalSS > 0 ? finite(betweenSS / totalSS) : QJsonValue()},
                  {"silhouette", optional(silhouette)},
                  {"silhouette_sampled", silhouetteSampled},
                  {"converged", converged},
                  {"iterations", iterations},
                  {"seed", request.seed <= (uint64_t(1) << 53)
                               ? QJsonValue(static_cast<double>(request.seed))
                               : QJsonValue(QString::number(request.seed))},
                  {"standardized", true},
                  {"note", note.empty() ? QJsonValue() : QJsonValue(q(note))},
                  {"sentence", q(sentence)}};
    if (request.scan)
        o["scan"] = scanList;
    return o;
}

} // namespace streamlens::analysis
