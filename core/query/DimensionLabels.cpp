// SPDX-License-Identifier: MIT
#include "query/DimensionLabels.h"

#include "query/UtcCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <array>
#include <charconv>

namespace streamlens::query {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DimensionLabels", text);
}

struct Label {
    std::string_view value;
    const char* text;
};

// Dimension names, in DimensionId order.
constexpr std::array<const char*, 27> kDimensionLabels = {
    QT_TRANSLATE_NOOP("DimensionLabels", "Device type"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Operating system"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Player version"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Connection"),
    QT_TRANSLATE_NOOP("DimensionLabels", "CDN"),
    QT_TRANSLATE_NOOP("DimensionLabels", "ISP"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Country"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Stream type"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Error code"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Resolution"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Outcome"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Plan"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Gender"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Account country"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Preferred genre"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Churned"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Age band"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Content type"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Genre"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Language"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Maturity rating"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Original"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Content ID"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Title"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Day"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Hour (UTC)"),
    QT_TRANSLATE_NOOP("DimensionLabels", "Weekday (UTC)"),
};
static_assert(kDimensionLabels.size() == static_cast<size_t>(DimensionId::Weekday) + 1);

// The contract's closed value sets (data-contract.md) and the engine's outcome names.
constexpr Label kDeviceTypes[] = {
    {"mobile", QT_TRANSLATE_NOOP("DimensionLabels", "Mobile")},
    {"tablet", QT_TRANSLATE_NOOP("DimensionLabels", "Tablet")},
    {"desktop", QT_TRANSLATE_NOOP("DimensionLabels", "Desktop")},
    {"smart_tv", QT_TRANSLATE_NOOP("DimensionLabels", "Smart TV")},
    {"console", QT_TRANSLATE_NOOP("DimensionLabels", "Console")},
    {"streaming_stick", QT_TRANSLATE_NOOP("DimensionLabels", "Streaming stick")},
};
constexpr Label kConnectionTypes[] = {
    {"wifi", QT_TRANSLATE_NOOP("DimensionLabels", "Wi-Fi")},
    {"cellular", QT_TRANSLATE_NOOP("DimensionLabels", "Cellular")},
    {"ethernet", QT_TRANSLATE_NOOP("DimensionLabels", "Ethernet")},
    {"unknown", QT_TRANSLATE_NOOP("DimensionLabels", "Unknown")},
};
constexpr Label kStreamTypes[] = {
    {"vod", QT_TRANSLATE_NOOP("DimensionLabels", "VOD")},
    {"live", QT_TRANSLATE_NOOP("DimensionLabels", "Live")},
};
constexpr Label kContentTypes[] = {
    {"movie", QT_TRANSLATE_NOOP("DimensionLabels", "Movie")},
    {"episode", QT_TRANSLATE_NOOP("DimensionLabels", "Episode")},
    {"live", QT_TRANSLATE_NOOP("DimensionLabels", "Live event")},
    {"short", QT_TRANSLATE_NOOP("DimensionLabels", "Short")},
};
constexpr Label kPlans[] = {
    {"free", QT_TRANSLATE_NOOP("DimensionLabels", "Free")},
    {"basic", QT_TRANSLATE_NOOP("DimensionLabels", "Basic")},
    {"standard", QT_TRANSLATE_NOOP("DimensionLabels", "Standard")},
    {"premium", QT_TRANSLATE_NOOP("DimensionLabels", "Premium")},
};
constexpr Label kGenders[] = {
    {"female", QT_TRANSLATE_NOOP("DimensionLabels", "Female")},
    {"male", QT_TRANSLATE_NOOP("DimensionLabels", "Male")},
    {"other", QT_TRANSLATE_NOOP("DimensionLabels", "Other")},
    {"unknown", QT_TRANSLATE_NOOP("DimensionLabels", "Unknown")},
};
constexpr Label kOutcomeLabels[] = {
    {"started", QT_TRANSLATE_NOOP("DimensionLabels", "Started")},
    {"start_failure", QT_TRANSLATE_NOOP("DimensionLabels", "Start failure")},
    {"exit_before_start", QT_TRANSLATE_NOOP("DimensionLabels", "Exit before start")},
};
constexpr Label kBooleans[] = {
    {"true", QT_TRANSLATE_NOOP("DimensionLabels", "Yes")},
    {"false", QT_TRANSLATE_NOOP("DimensionLabels", "No")},
};

template <size_t N> QString lookup(const Label (&labels)[N], std::string_view value)
{
    for (const Label& l : labels)
        if (l.value == value)
            return tr(l.text);
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

QString raw(std::string_view value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

QString countryName(std::string_view code)
{
    const QString text = raw(code);
    if (code.size() != 2)
        return text;
    const QLocale::Territory territory = QLocale::codeToTerritory(text.toUpper());
    return territory == QLocale::AnyTerritory ? text : QLocale::territoryToString(territory);
}

QString languageName(std::string_view code)
{
    const QString text = raw(code);
    const QLocale::Language language =
        QLocale::codeToLanguage(text.toLower(), QLocale::ISO639Part1);
    return language == QLocale::AnyLanguage ? text : QLocale::languageToString(language);
}

QString weekdayName(std::string_view value)
{
    for (size_t i = 0; i < kWeekdays.size(); ++i)
        if (kWeekdays[i] == value) // mon = 1 as Qt counts
            return QLocale().dayName(static_cast<int>(i) + 1, QLocale::ShortFormat);
    return raw(value);
}

QString hourName(std::string_view value)
{
    int hour = -1;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), hour);
    if (ec != std::errc() || end != value.data() + value.size() || hour < 0 || hour > 23)
        return raw(value);
    // The bare number: 24 of them fit an axis, and the dimension's title says "Hour (UTC)".
    return QLocale().toString(hour);
}

QString dayName(std::string_view value)
{
    const auto day = parseIsoDate(value);
    if (!day)
        return raw(value);
    return QLocale().toString(QDate(1970, 1, 1).addDays(*day), QLocale::ShortFormat);
}

} // namespace

QString dimensionLabel(DimensionId dimension)
{
    const auto i = static_cast<size_t>(dimension);
    return i < kDimensionLabels.size() ? tr(kDimensionLabels[i])
                                       : raw(dimensionInfo(dimension).name);
}

QString valueLabel(DimensionId dimension, std::string_view value)
{
    using D = DimensionId;
    if (value.empty())
        return tr("(none)");
    switch (dimension) {
    case D::DeviceType:
        return lookup(kDeviceTypes, value);
    case D::ConnectionType:
        return lookup(kConnectionTypes, value);
    case D::StreamType:
        return lookup(kStreamTypes, value);
    case D::ContentType:
        return lookup(kContentTypes, value);
    case D::Plan:
        return lookup(kPlans, value);
    case D::Gender:
        return lookup(kGenders, value);
    case D::Outcome:
        return lookup(kOutcomeLabels, value);
    case D::Churned:
    case D::IsOriginal:
        return lookup(kBooleans, value);
    case D::Country:
    case D::UserCountry:
        return countryName(value);
    case D::Language:
        return languageName(value);
    case D::Weekday:
        return weekdayName(value);
    case D::Hour:
        return hourName(value);
    case D::Day:
        return dayName(value);
    case D::Resolution:
        return tr("%1p").arg(raw(value));
    default:
        return raw(value);
    }
}

QString valueLabel(DimensionId dimension, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    return valueLabel(dimension, std::string_view(utf8.constData(), size_t(utf8.size())));
}

} // namespace streamlens::query
