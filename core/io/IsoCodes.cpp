// SPDX-License-Identifier: MIT
#include "io/IsoCodes.h"

#include <array>
#include <cstdint>

namespace streamlens::io {

namespace {

// Code lists taken from Debian's iso-codes 4.15 (iso_3166-1.json, iso_639-2.json alpha_2).
constexpr std::string_view kCountries =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN "
    "BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ "
    "DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL "
    "GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM "
    "JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME "
    "MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP "
    "NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD "
    "SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO "
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW ";

constexpr std::string_view kLanguages =
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs "
    "cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha "
    "he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn "
    "ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb "
    "nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd "
    "se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw "
    "ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu ";

// A 26 x 26 bit table: one bit per two-letter code, built once at compile time.
struct CodeSet {
    std::array<uint32_t, 26> rows{};
    constexpr CodeSet(std::string_view list, char base)
    {
        for (size_t i = 0; i + 1 < list.size(); i += 3)
            rows[static_cast<size_t>(list[i] - base)] |= 1u << (list[i + 1] - base);
    }
    constexpr bool contains(std::string_view code, char base) const
    {
        if (code.size() != 2)
            return false;
        const int a = code[0] - base, b = code[1] - base;
        if (a < 0 || a >= 26 || b < 0 || b >= 26)
            return false;
        return (rows[static_cast<size_t>(a)] >> b) & 1u;
    }
};

constexpr CodeSet kCountrySet(kCountries, 'A');
constexpr CodeSet kLanguageSet(kLanguages, 'a');

static_assert(kCountrySet.contains("DE", 'A') && !kCountrySet.contains("UK", 'A'));
static_assert(kLanguageSet.contains("en", 'a') && !kLanguageSet.contains("xx", 'a'));

} // namespace

bool isIsoCountryCode(std::string_view code)
{
    return kCountrySet.contains(code, 'A');
}

bool isIsoLanguageCode(std::string_view code)
{
    return kLanguageSet.contains(code, 'a');
}

} // namespace streamlens::io
