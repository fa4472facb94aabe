// SPDX-License-Identifier: MIT
#include "generator/UserGenerator.h"

#include "data/ContractEnums.h"
#include "generator/AliasTable.h"
#include "generator/Catalog.h"
#include "generator/ModelParameters.h"
#include "generator/Random.h"
#include "generator/SequentialIds.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <cmath>

namespace streamlens::generator {

std::vector<double> UserGenerator::generate(const GeneratorOptions& options, UserTable& users,
                                            std::vector<UserTraits>& traits)
{
    using namespace model;
    const Catalog& cat = catalog();
    const size_t n = static_cast<size_t>(options.resolvedUsers());
    const int32_t startDay = options.resolvedStartDate();

    users = UserTable();
    users.userId = sequentialIds("u", n);
    for (const auto& c : cat.countries)
        users.country.dictionary.intern(c.code);
    for (auto g : cat.genres)
        users.preferredGenre.dictionary.intern(g);
    users.signupDate.resize(n);
    users.country.codes.resize(n);
    users.age.resize(n);
    users.gender.codes.resize(n);
    users.plan.codes.resize(n);
    users.monthlyFeeMilli.resize(n);
    users.preferredGenre.codes.resize(n);
    users.churned.assign(n, 0);
    users.churnDate.assign(n, kNullInt32);
    traits.resize(n);
    std::vector<double> activity(n);

    std::vector<double> countryWeights, deviceWeights, planWeights;
    for (const auto& c : cat.countries)
        countryWeights.push_back(c.weight);
    for (const auto& d : cat.devices)
        deviceWeights.push_back(d.weight);
    for (const auto& p : cat.plans)
        planWeights.push_back(p.weight);
    const AliasTable countryPick(countryWeights), devicePick(deviceWeights), planPick(planWeights);
    const AliasTable genderPick({0.47, 0.46, 0.015, 0.055}); // contract::kGenders order
    std::vector<double> genreWeights(cat.genres.size(), 1.0);
    const AliasTable genrePick(genreWeights);

    parallelFor(n, options.threads, 20000, [&](size_t begin, size_t end, int) {
        for (size_t i = begin; i < end; ++i) {
            Random rng(options.seed, UserStream, i);
            const uint32_t country = countryPick.sample(rng);
            const CountryInfo& ci = cat.countries[country];
            users.country.codes[i] = static_cast<uint16_t>(country);

            int32_t signup;
            if (rng.chance(kSignupBeforeWindowShare)) {
                const double before =
                    std::min(3650.0, std::floor(rng.exponential(kSignupMeanDaysBefore)));
                signup = startDay - 1 - static_cast<int32_t>(before);
            } else {
                signup =
                    startDay + static_cast<int32_t>(rng.below(static_cast<uint64_t>(options.days)));
            }
            users.signupDate[i] = signup;

            if (rng.chance(0.06))
                users.age[i] = kNullInt16;
            else if (rng.chance(0.06))
                users.age[i] = static_cast<int16_t>(rng.between(13, 17));
            else
                users.age[i] = static_cast<int16_t>(
                    std::clamp<long>(std::lround(rng.logNormal(36, 0.33)), 18, 90));
            users.gender.codes[i] = rng.chance(0.02) ? SmallCategorical::kNull
                                                     : static_cast<uint8_t>(genderPick.sample(rng));
            const uint32_t plan = planPick.sample(rng);
            users.plan.codes[i] = static_cast<uint8_t>(plan);
            // Fees are rounded to cents after the regional price index.
            users.monthlyFeeMilli[i] = static_cast<int32_t>(
                std::llround(cat.plans[plan].feeUsd * ci.priceIndex * 100) * 10);
            users.preferredGenre.codes[i] = rng.chance(0.15)
                                                ? Categorical::kNull
                                                : static_cast<uint16_t>(genrePick.sample(rng));

            UserTraits& t = traits[i];
            t.country = static_cast<uint16_t>(country);
            t.plan = static_cast<uint8_t>(plan);
            t.primaryDevice = static_cast<uint8_t>(devicePick.sample(rng));
            t.secondaryDevice = static_cast<uint8_t>(devicePick.sample(rng));
            t.fixedIsp = static_cast<uint8_t>(rng.below(ci.fixedIsps.size()));
            t.mobileIsp = static_cast<uint8_t>(rng.below(ci.mobileIsps.size()));
            t.pop = static_cast<uint8_t>(rng.below(ci.pops.size() * 2));
            const double z = rng.normal();
            t.startupFactor = static_cast<float>(std::exp(kUserNetworkStartupSigma * z));
            t.stallProbabilityFactor = static_cast<float>(std::exp(kUserRebufferSigma * z));
            t.stallRatioFactor = static_cast<float>(std::exp(kUserStallRatioSigma * z));
            t.throughputFactor = static_cast<float>(std::exp(-kUserThroughputSigma * z));
            activity[i] = rng.logNormal(1.0, kActivitySigma);
        }
    });
    return activity;
}

} // namespace streamlens::generator
