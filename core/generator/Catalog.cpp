// SPDX-License-Identifier: MIT
#include "generator/Catalog.h"

#include <algorithm>

namespace streamlens::generator {

namespace {

template <typename T, typename Key>
int indexOf(const std::vector<T>& items, std::string_view name, Key key)
{
    for (size_t i = 0; i < items.size(); ++i)
        if (key(items[i]) == name)
            return static_cast<int>(i);
    return -1;
}

Catalog build()
{
    Catalog c;
    // Shares loosely follow the subscriber split of the large global services (US about a
    // third); offsets are the standard time of the main population centre.
    c.countries = {
        {"US",
         30.0,
         -360,
         1.00,
         1.00,
         {"Comcast", "Charter", "AT&T", "Verizon Fios", "Cox"},
         {"Verizon Wireless", "T-Mobile US", "AT&T Mobility"},
         {"iad", "ord", "dfw", "lax", "atl", "sea"}},
        {"CA",
         4.0,
         -300,
         1.00,
         0.95,
         {"Rogers", "Bell Canada", "Shaw"},
         {"Rogers Wireless", "Bell Mobility", "Telus"},
         {"yyz", "yul", "yvr"}},
        {"MX",
         4.0,
         -360,
         1.15,
         0.55,
         {"Telmex", "Izzi", "Totalplay"},
         {"Telcel", "AT&T Mexico"},
         {"qro", "mex"}},
        {"BR",
         7.0,
         -180,
         1.20,
         0.50,
         {"Claro NET", "Vivo Fibra", "Oi"},
         {"Vivo", "Claro", "TIM Brasil"},
         {"gru", "gig"}},
        {"AR",
         1.5,
         -180,
         1.20,
         0.45,
         {"Telecentro", "Fibertel"},
         {"Personal", "Movistar AR"},
         {"eze"}},
        {"CO", 1.2, -300, 1.20, 0.45, {"Claro CO", "ETB"}, {"Claro Móvil", "Tigo"}, {"bog"}},
        {"GB",
         6.0,
         0,
         0.95,
         0.95,
         {"BT", "Sky Broadband", "Virgin Media", "TalkTalk"},
         {"EE", "Vodafone UK", "O2 UK", "Three UK"},
         {"lhr", "man"}},
        {"IE",
         0.8,
         0,
         1.00,
         1.00,
         {"Eir", "Virgin Media IE"},
         {"Vodafone IE", "Three IE"},
         {"dub"}},
        {"DE",
         6.0,
         60,
         1.00,
         0.95,
         {"Deutsche Telekom", "Vodafone Kabel", "1&1"},
         {"Telekom Mobil", "Vodafone DE", "O2 DE"},
         {"fra", "muc", "ber"}},
        {"FR",
         5.0,
         60,
         0.95,
         0.90,
         {"Orange", "Free", "SFR", "Bouygues Telecom"},
         {"Orange Mobile", "Free Mobile", "SFR Mobile"},
         {"cdg", "mrs"}},
        {"NL",
         2.0,
         60,
         0.90,
         0.95,
         {"KPN", "Ziggo"},
         {"KPN Mobiel", "Vodafone NL", "Odido"},
         {"ams"}},
        {"BE",
         1.2,
         60,
         0.95,
         0.95,
         {"Proximus", "Telenet"},
         {"Proximus Mobile", "Orange Belgium"},
         {"bru"}},
        {"AT", 1.0, 60, 0.95, 0.90, {"A1 Telekom", "Magenta"}, {"A1 Mobil", "Drei"}, {"vie"}},
        {"ES",
         3.0,
         60,
         0.95,
         0.80,
         {"Movistar", "Vodafone ES", "Orange ES"},
         {"Movistar Móvil", "Vodafone ES Móvil"},
         {"mad", "bcn"}},
        {"IT",
         3.0,
         60,
         1.05,
         0.85,
         {"TIM", "Fastweb", "WindTre"},
         {"TIM Mobile", "Vodafone IT", "Iliad"},
         {"mxp", "fco"}},
        {"SE",
         1.5,
         60,
         0.90,
         0.95,
         {"Telia", "Telenor SE", "Bahnhof"},
         {"Telia Mobil", "Tele2"},
         {"arn"}},
        {"PL", 2.0, 60, 1.00, 0.60, {"Orange Polska", "UPC Polska"}, {"Play", "Plus"}, {"waw"}},
        {"TR",
         1.5,
         180,
         1.15,
         0.30,
         {"Türk Telekom", "Superonline"},
         {"Turkcell", "Vodafone TR"},
         {"ist"}},
        {"ZA", 1.0, 120, 1.25, 0.50, {"Vumatel", "Openserve"}, {"Vodacom", "MTN"}, {"jnb"}},
        {"IN",
         5.0,
         330,
         1.35,
         0.30,
         {"Jio Fiber", "Airtel Xstream", "ACT Fibernet"},
         {"Jio", "Airtel", "Vi"},
         {"bom", "del", "maa"}},
        {"JP",
         3.0,
         540,
         0.90,
         0.80,
         {"NTT Docomo Hikari", "SoftBank Hikari", "au Hikari"},
         {"NTT Docomo", "SoftBank", "au"},
         {"nrt", "kix"}},
        {"KR",
         2.0,
         540,
         0.85,
         0.75,
         {"KT", "SK Broadband", "LG U+"},
         {"SK Telecom", "KT Mobile"},
         {"icn"}},
        {"AU",
         2.5,
         600,
         1.05,
         0.95,
         {"Telstra", "Optus", "TPG"},
         {"Telstra Mobile", "Optus Mobile"},
         {"syd", "mel"}},
    };

    // Connected TVs lead viewing (Conviva State of Streaming: big screens carry over half of
    // viewing time), then mobile, desktop, tablet. Big-screen apps start slower (weaker CPUs,
    // heavier apps), cellular starts slower than Wi-Fi.
    c.devices = {{
        // mobile
        {0.23, {{"android", 0.56}, {"ios", 0.44}}, {0.55, 0.43, 0.0, 0.02}, 1.00, 1.15, 8},
        // tablet
        {0.09,
         {{"ios", 0.52}, {"android", 0.36}, {"fireos", 0.12}},
         {0.88, 0.10, 0.0, 0.02},
         0.95,
         1.00,
         8},
        // desktop
        {0.14,
         {{"windows", 0.62}, {"macos", 0.27}, {"chromeos", 0.07}, {"linux", 0.04}},
         {0.55, 0.01, 0.42, 0.02},
         0.80,
         0.85,
         9},
        // smart_tv
        {0.29,
         {{"tizen", 0.36}, {"webos", 0.26}, {"androidtv", 0.20}, {"roku", 0.12}, {"vidaa", 0.06}},
         {0.66, 0.0, 0.32, 0.02},
         1.45,
         1.05,
         11},
        // console
        {0.07, {{"playstation", 0.58}, {"xbox", 0.42}}, {0.50, 0.0, 0.48, 0.02}, 1.15, 0.90, 11},
        // streaming_stick
        {0.18,
         {{"roku", 0.44}, {"fireos", 0.34}, {"androidtv", 0.12}, {"tvos", 0.10}},
         {0.97, 0.0, 0.0, 0.03},
         1.30,
         1.10,
         11},
    }};
    c.osNames = {"android",  "ios",   "fireos",      "windows", "macos",
                 "chromeos", "linux", "tizen",       "webos",   "androidtv",
                 "roku",     "vidaa", "playstation", "xbox",    "tvos"};

    c.connections = {{
        {28000, 1.00, 1.00, 1.00, 1.00}, // wifi
        {9000, 1.40, 1.50, 1.50, 2.00},  // cellular
        {70000, 0.85, 0.70, 0.80, 0.80}, // ethernet
        {15000, 1.10, 1.20, 1.30, 1.30}, // unknown
    }};

    c.cdns = {
        {"cdn_a", 0.45, 1.00, 1.00}, {"cdn_b", 0.35, 1.04, 1.05}, {"cdn_c", 0.20, 0.97, 0.95}};

    // Apple HLS Authoring Specification, example bit-rate ladders (H.264 rungs up to 1080p,
    // HEVC rungs for 1440p and 2160p).
    c.ladder = {{145, 234},   {365, 360},   {730, 432},    {1100, 432},
                {2000, 540},  {3000, 720},  {4500, 720},   {6000, 1080},
                {7800, 1080}, {8100, 1440}, {11600, 2160}, {16800, 2160}};

    // US list prices of a large service in 2024 (ad tier modelled as "free" = 0).
    c.plans = {{
        {0.00, 6, 0.9, 0.16},    // free: 720p
        {11.99, 6, 0.4, 0.22},   // basic: 720p
        {15.49, 8, 0.0, 0.40},   // standard: 1080p
        {22.99, 11, -0.3, 0.22}, // premium: 2160p
    }};

    c.releases = {{"4.9.1", -1.0, 0.60, 0.10},
                  {"5.0.3", -1.0, 0.90, 0.25},
                  {"5.1.0", -1.0, 2.00, 0.30},
                  {"5.1.2", 0.05, 2.00, 0.25},
                  {"5.2.0", 0.25, 2.00, 0.45}};

    c.startErrors = {{"MANIFEST_LOAD_ERROR", 0.25},
                     {"NETWORK_TIMEOUT", 0.25},
                     {"DRM_LICENSE_ERROR", 0.20},
                     {"HTTP_404", 0.10},
                     {"HTTP_503", 0.10},
                     {"DECODER_INIT_ERROR", 0.10}};
    c.playbackErrors = {{"SEGMENT_LOAD_ERROR", 0.35},
                        {"NETWORK_LOST", 0.30},
                        {"DECODE_ERROR", 0.15},
                        {"HTTP_502", 0.10},
                        {"DRM_LICENSE_EXPIRED", 0.10}};
    c.warningErrors = {
        {"SEGMENT_RETRY", 0.6}, {"DRM_RENEWAL_SLOW", 0.2}, {"SUBTITLE_LOAD_ERROR", 0.2}};
    c.incidentError = "HTTP_503";
    for (const auto* list : {&c.startErrors, &c.playbackErrors, &c.warningErrors})
        for (const auto& e : *list)
            c.errorCodes.push_back(e.name);

    c.genres = {"drama",  "comedy",  "action", "thriller",  "documentary",
                "sci-fi", "romance", "horror", "animation", "crime",
                "kids",   "reality", "sports", "news",      "music"};
    c.genresByType = {{
        {{"drama", 20},
         {"comedy", 15},
         {"action", 15},
         {"thriller", 12},
         {"documentary", 6},
         {"sci-fi", 8},
         {"romance", 7},
         {"horror", 7},
         {"animation", 6},
         {"crime", 4}}, // movie
        {{"drama", 22},
         {"comedy", 20},
         {"crime", 12},
         {"reality", 10},
         {"kids", 9},
         {"documentary", 7},
         {"sci-fi", 7},
         {"thriller", 6},
         {"animation", 7}},                                            // episode
        {{"sports", 55}, {"news", 25}, {"music", 12}, {"reality", 8}}, // live
        {{"comedy", 30}, {"music", 25}, {"kids", 20}, {"documentary", 15}, {"sports", 10}}, // short
    }};
    c.movieRatings = {"G", "PG", "PG-13", "R", "NC-17"};
    c.tvRatings = {"TV-Y", "TV-G", "TV-PG", "TV-14", "TV-MA"};
    c.languages = {{"en", 55}, {"es", 12}, {"ja", 6}, {"ko", 6}, {"fr", 5},
                   {"de", 5},  {"hi", 4},  {"pt", 4}, {"it", 3}};
    c.titleAdjectives = {"Silent",   "Crimson",  "Hidden", "Broken", "Golden",   "Last",  "Distant",
                         "Frozen",   "Midnight", "Wild",   "Lost",   "Electric", "Quiet", "Burning",
                         "Northern", "Secret",   "Iron",   "Velvet", "Hollow",   "Savage"};
    c.titleNouns = {"Harbor",  "Kingdom", "Protocol", "Horizon", "Garden",  "Signal", "Empire",
                    "River",   "Witness", "Frontier", "Summer",  "Machine", "Island", "Verdict",
                    "Orchard", "Circuit", "Letters",  "Tide",    "Heist",   "Archive"};
    c.teams = {"Lions", "Hawks", "Rovers", "United", "Comets", "Wolves", "Titans", "Mariners"};

    // Viewing by local hour: a trough at 4-5 am, a rise through the afternoon and the prime
    // time peak at 20-22 h (the shape of published ISP/CDN traffic curves); weekends carry more
    // daytime viewing.
    c.hourWeekday = {2.6, 1.5, 0.9, 0.6, 0.5, 0.6, 1.0, 1.6, 1.9, 2.0, 2.2, 2.5,
                     2.9, 3.0, 3.1, 3.4, 4.0, 4.8, 6.0, 7.4, 8.6, 8.8, 7.2, 4.6};
    c.hourWeekend = {3.2, 2.2, 1.3, 0.8, 0.6, 0.6, 0.9, 1.5, 2.4, 3.3, 4.0, 4.4,
                     4.7, 4.8, 4.8, 4.9, 5.2, 5.7, 6.6, 7.6, 8.5, 8.4, 7.0, 4.9};
    c.weekday = {0.92, 0.90, 0.92, 0.96, 1.08, 1.18, 1.12};
    return c;
}

} // namespace

int Catalog::countryIndex(std::string_view code) const
{
    return indexOf(countries, code, [](const CountryInfo& x) { return x.code; });
}

int Catalog::osIndex(std::string_view name) const
{
    return indexOf(osNames, name, [](std::string_view x) { return x; });
}

int Catalog::releaseIndex(std::string_view version) const
{
    return indexOf(releases, version, [](const PlayerRelease& x) { return x.version; });
}

int Catalog::cdnIndex(std::string_view name) const
{
    return indexOf(cdns, name, [](const CdnInfo& x) { return x.name; });
}

int Catalog::errorIndex(std::string_view code) const
{
    return indexOf(errorCodes, code, [](std::string_view x) { return x; });
}

int Catalog::genreIndex(std::string_view name) const
{
    return indexOf(genres, name, [](std::string_view x) { return x; });
}

const Catalog& catalog()
{
    static const Catalog instance = build();
    return instance;
}

} // namespace streamlens::generator
