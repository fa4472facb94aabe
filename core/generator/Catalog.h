// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

// The fixed world the synthetic sessions live in: countries, devices, CDNs, the bitrate
// ladder, plans, player releases, error codes, genres. Every figure is documented, with its
// source, in docs/generator.md. Catalog order is dictionary order: the generator interns these
// lists first, so a dictionary code equals the index here.
namespace streamlens::generator {

struct Weighted {
    std::string_view name;
    double weight;
};

inline std::vector<double> weightsOf(const std::vector<Weighted>& items)
{
    std::vector<double> w;
    w.reserve(items.size());
    for (const auto& i : items)
        w.push_back(i.weight);
    return w;
}

struct CountryInfo {
    std::string_view code; // ISO 3166-1 alpha-2
    double weight;         // share of users
    int utcOffsetMin;      // standard time of the main population centre (DST ignored)
    double networkFactor;  // multiplies startup time and stalls (> 1 = slower networks)
    double priceIndex;     // monthly fee relative to the US price
    std::vector<std::string_view> fixedIsps;
    std::vector<std::string_view> mobileIsps;
    std::vector<std::string_view> pops; // IATA codes of CDN edge locations
};

struct DeviceInfo {
    double weight; // share of a user's primary device
    std::vector<Weighted> os;
    std::array<double, 4> connection; // contract order: wifi cellular ethernet unknown
    double startupFactor;
    double stallFactor;
    int maxRung; // highest ladder rung the device decodes
};

struct ConnectionInfo {
    double throughputMedianKbps;
    double startupFactor;
    double stallFactor;
    double startFailureFactor;
    double playbackFailureFactor;
};

struct CdnInfo {
    std::string_view name;
    double weight;
    double startupFactor;
    double stallFactor;
};

struct Rung {
    int kbps;
    int resolution;
};

struct PlanInfo {
    double feeUsd;
    int maxRung;
    double churnLogOdds; // plan term of the churn model
    double weight;
};

struct PlayerRelease {
    std::string_view version;
    double releasedAt; // fraction of the window at which it appears (≤ 0 = already out)
    double retiredAt;  // fraction at which its share has fallen to 0 (> 1 = never)
    double weight;     // relative share while fully rolled out
};

struct Catalog {
    std::vector<CountryInfo> countries;
    std::array<DeviceInfo, 6> devices;         // contract::DeviceType order
    std::array<ConnectionInfo, 4> connections; // contract::ConnectionType order
    std::vector<CdnInfo> cdns;
    std::vector<Rung> ladder;      // ascending bitrate
    std::array<PlanInfo, 4> plans; // contract::Plan order
    std::vector<PlayerRelease> releases;
    std::vector<std::string_view> osNames;
    std::vector<Weighted> startErrors;
    std::vector<Weighted> playbackErrors;
    std::vector<Weighted> warningErrors; // non-fatal
    std::string_view incidentError;
    std::vector<std::string_view> errorCodes; // all of the above, dictionary order
    std::vector<std::string_view> genres;
    std::array<std::vector<Weighted>, 4> genresByType; // contract::ContentType order
    std::vector<std::string_view> movieRatings;
    std::vector<std::string_view> tvRatings;
    std::vector<Weighted> languages;
    std::vector<std::string_view> titleAdjectives;
    std::vector<std::string_view> titleNouns;
    std::vector<std::string_view> teams;
    std::array<double, 24> hourWeekday; // viewer local time
    std::array<double, 24> hourWeekend;
    std::array<double, 7> weekday; // Monday first

    int countryIndex(std::string_view code) const;
    int osIndex(std::string_view name) const;
    int releaseIndex(std::string_view version) const;
    int cdnIndex(std::string_view name) const;
    int errorIndex(std::string_view code) const;
    int genreIndex(std::string_view name) const;
};

// The one catalog, built on first use (thread-safe static initialisation).
const Catalog& catalog();

} // namespace streamlens::generator
