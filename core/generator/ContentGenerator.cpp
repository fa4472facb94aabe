// SPDX-License-Identifier: MIT
#include "generator/ContentGenerator.h"

#include "data/ContractEnums.h"
#include "generator/AliasTable.h"
#include "generator/Catalog.h"
#include "generator/ModelParameters.h"
#include "generator/Random.h"
#include "generator/SequentialIds.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace streamlens::generator {

namespace {

using contract::ContentType;

template <typename T> std::string_view pick(Random& rng, const std::vector<T>& items)
{
    return items[rng.below(items.size())];
}

// Titles mix plain names with the awkward cases CSV tools trip over: commas, double quotes
// and non-ASCII letters.
std::string makeTitle(Random& rng, const Catalog& cat, ContentType type, std::string_view genre)
{
    const std::string adj(pick(rng, cat.titleAdjectives));
    const std::string noun(pick(rng, cat.titleNouns));
    switch (type) {
    case ContentType::Episode:
        return adj + " " + noun + ": S" + std::to_string(rng.between(1, 6)) + "E" +
               std::to_string(rng.between(1, 12));
    case ContentType::Live:
        if (genre == "sports")
            return "Live: " + std::string(pick(rng, cat.teams)) + " vs " +
                   std::string(pick(rng, cat.teams));
        if (genre == "news")
            return noun + " News Tonight";
        return adj + " " + noun + " Live in Concert";
    case ContentType::Short:
        return noun + " Minute #" + std::to_string(rng.between(1, 300));
    case ContentType::Movie:
        break;
    }
    switch (rng.below(10)) {
    case 5:
    case 6:
        return adj + " " + noun;
    case 7:
        return noun + ", " + std::string(pick(rng, cat.titleNouns));
    case 8:
        return "The \"" + noun + "\" Affair";
    case 9:
        return (rng.chance(0.5) ? "Café " : "Señor ") + noun;
    default:
        return "The " + adj + " " + noun;
    }
}

int32_t durationOf(Random& rng, ContentType type)
{
    switch (type) {
    case ContentType::Movie:
        return static_cast<int32_t>(std::clamp(6300.0 + 1200.0 * rng.normal(), 4500.0, 12000.0));
    case ContentType::Episode: {
        static constexpr int32_t lengths[] = {1320, 1800, 2700, 3300, 3600};
        return lengths[rng.below(5)] + static_cast<int32_t>(rng.between(-120, 120));
    }
    case ContentType::Live: {
        static constexpr int32_t lengths[] = {5400, 7200, 10800, 14400};
        return lengths[rng.below(4)];
    }
    case ContentType::Short:
        return static_cast<int32_t>(rng.between(60, 900));
    }
    return 60;
}

} // namespace

std::vector<double> ContentGenerator::generate(const GeneratorOptions& options,
                                               ContentTable& content)
{
    using namespace model;
    const Catalog& cat = catalog();
    const size_t n = static_cast<size_t>(options.resolvedContent());
    const int32_t lastDay = options.resolvedStartDate() + options.days - 1;
    const int32_t lastYear = civilFromDays(lastDay).year;

    content = ContentTable();
    content.contentId = sequentialIds("c", n);
    for (auto g : cat.genres)
        content.genre.dictionary.intern(g);
    for (auto r : cat.movieRatings)
        content.maturityRating.dictionary.intern(r);
    for (auto r : cat.tvRatings)
        content.maturityRating.dictionary.intern(r);
    for (const auto& l : cat.languages)
        content.language.dictionary.intern(l.name);
    content.reserve(n);

    const double liveShare = kLiveTitleShare;
    // contract::ContentType order: movie, episode, live, short.
    const AliasTable typePick({0.30, 0.52, liveShare, 0.10});
    std::array<AliasTable, 4> genrePick;
    for (size_t t = 0; t < 4; ++t)
        genrePick[t] = AliasTable(weightsOf(cat.genresByType[t]));
    const AliasTable movieRatingPick({0.08, 0.20, 0.35, 0.32, 0.05});
    const AliasTable tvRatingPick({0.08, 0.15, 0.25, 0.30, 0.22});
    const AliasTable languagePick = AliasTable(weightsOf(cat.languages));
    const auto movieRatings = static_cast<uint16_t>(cat.movieRatings.size());

    for (size_t i = 0; i < n; ++i) {
        Random rng(options.seed, ContentStream, i);
        const auto type = static_cast<ContentType>(typePick.sample(rng));
        const auto t = static_cast<size_t>(type);
        const std::string_view genre = cat.genresByType[t][genrePick[t].sample(rng)].name;
        content.contentType.codes.push_back(static_cast<uint8_t>(type));
        content.genre.append(genre);
        content.title.append(makeTitle(rng, cat, type, genre));
        content.durationS.push_back(durationOf(rng, type));

        int16_t year = kNullInt16;
        if (type == ContentType::Live)
            year = static_cast<int16_t>(lastYear);
        else if (!rng.chance(0.03))
            year = static_cast<int16_t>(
                type == ContentType::Short
                    ? lastYear - static_cast<int>(rng.below(5))
                    : lastYear - static_cast<int>(std::min(70.0, std::floor(rng.exponential(8)))));
        content.releaseYear.push_back(year);

        uint16_t rating = Categorical::kNull;
        if (!rng.chance(0.04)) {
            if (genre == "kids")
                rating = type == ContentType::Movie ? 0 : movieRatings; // G or TV-Y
            else if (type == ContentType::Movie)
                rating = static_cast<uint16_t>(movieRatingPick.sample(rng));
            else if (type == ContentType::Episode)
                rating = static_cast<uint16_t>(movieRatings + tvRatingPick.sample(rng));
            else
                rating = static_cast<uint16_t>(movieRatings + 1 + rng.below(3)); // TV-G..TV-14
        }
        content.maturityRating.codes.push_back(rating);

        content.avgRatingMilli.push_back(
            rng.chance(0.06)
                ? kNullInt32
                : static_cast<int32_t>(
                      std::llround(std::clamp(3.6 + 0.6 * rng.normal(), 1.0, 5.0) * 100) * 10));
        content.language.codes.push_back(rng.chance(0.02)
                                             ? Categorical::kNull
                                             : static_cast<uint16_t>(languagePick.sample(rng)));
        content.isOriginal.push_back(rng.chance(0.03) ? kNullBool
                                                      : static_cast<uint8_t>(rng.chance(0.25)));
    }

    // Popularity: Zipf over a random ranking, so ids say nothing about popularity.
    std::vector<uint32_t> rank(n);
    for (size_t i = 0; i < n; ++i)
        rank[i] = static_cast<uint32_t>(i + 1);
    Random shuffle(options.seed, ContentStream, n + 1);
    for (size_t i = n; i > 1; --i)
        std::swap(rank[i - 1], rank[shuffle.below(i)]);
    std::vector<double> popularity(n);
    for (size_t i = 0; i < n; ++i)
        popularity[i] = std::pow(static_cast<double>(rank[i]), -kZipfExponent);
    return popularity;
}

} // namespace streamlens::generator
