// SPDX-License-Identifier: MIT
#include "summary/Finding.h"

namespace streamlens::summary {

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o["kind"] = kind == Kind::Segment ? "segment" : "change";
    o["metric"] = QString::fromStdString(metric);
    o["sentence"] = QString::fromStdString(sentence);
    o["impact"] = impact;
    o["share"] = share;
    o["share_of"] = QString::fromStdString(shareOf);
    o["value"] = value;
    o["reference"] = reference;
    o["test"] = QString::fromStdString(test);
    o["p_value"] = pValue;
    o["p_adjusted"] = pAdjusted;
    o["comparisons"] = comparisons;
    o["correction"] = QString::fromStdString(correction);
    o["segment"] = QString::fromStdString(segment);
    o["filter"] = QString::fromStdString(filter.toString());
    return o;
}

} // namespace streamlens::summary
