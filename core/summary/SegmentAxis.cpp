// SPDX-License-Identifier: MIT
#include "summary/SegmentAxis.h"

#include <QCoreApplication>

namespace streamlens::summary {

using query::DimensionId;

std::string SegmentAxis::name() const
{
    if (daypart)
        return "part_of_day";
    return std::string(query::dimensionInfo(dimension).name);
}

std::vector<std::string> SegmentAxis::daypartHours(uint32_t part)
{
    std::vector<std::string> hours;
    for (uint32_t h = part * 6; h < part * 6 + 6 && h < 24; ++h)
        hours.push_back(std::to_string(h));
    return hours;
}

std::string SegmentAxis::daypartLabel(uint32_t part)
{
    static const char* const kLabels[kDayparts] = {
        QT_TRANSLATE_NOOP("streamlens::summary", "at night (0–5 h UTC)"),
        QT_TRANSLATE_NOOP("streamlens::summary", "in the morning (6–11 h UTC)"),
        QT_TRANSLATE_NOOP("streamlens::summary", "in the afternoon (12–17 h UTC)"),
        QT_TRANSLATE_NOOP("streamlens::summary", "in the evening (18–23 h UTC)"),
    };
    if (part >= kDayparts)
        return {};
    return QCoreApplication::translate("streamlens::summary", kLabels[part]).toStdString();
}

std::vector<SegmentFamily> defaultSegmentFamilies()
{
    const auto a = [](DimensionId id) { return SegmentAxis::of(id); };
    const SegmentAxis part = SegmentAxis::partOfDay();
    return {
        {{a(DimensionId::Cdn)}},
        {{a(DimensionId::Country)}},
        {{a(DimensionId::DeviceType)}},
        {{a(DimensionId::ConnectionType)}},
        {{a(DimensionId::Os)}},
        {{a(DimensionId::PlayerVersion)}},
        {{a(DimensionId::Isp)}},
        {{a(DimensionId::StreamType)}},
        {{a(DimensionId::ContentType)}},
        {{part}},
        {{a(DimensionId::Cdn), a(DimensionId::Country)}},
        {{a(DimensionId::Cdn), part}},
        {{a(DimensionId::Country), part}},
        {{a(DimensionId::Os), a(DimensionId::PlayerVersion)}},
        {{a(DimensionId::DeviceType), a(DimensionId::Cdn)}},
        {{a(DimensionId::Cdn), a(DimensionId::Day)}},
        {{a(DimensionId::Cdn), a(DimensionId::Country), part}},
        {{a(DimensionId::Cdn), a(DimensionId::Day), part}},
        {{a(DimensionId::Isp), a(DimensionId::ConnectionType), a(DimensionId::StreamType),
          a(DimensionId::ContentType)},
         false},
    };
}

} // namespace streamlens::summary
