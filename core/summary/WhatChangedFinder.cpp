// SPDX-License-Identifier: MIT
#include "summary/WhatChangedFinder.h"

#include "query/DimensionLabels.h"

#include "stats/MultipleComparisons.h"
#include "stats/ProportionZ.h"
#include "summary/KpiSignificance.h"
#include "summary/SummaryText.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace streamlens::summary {

namespace {

using SummaryText::tr;

// A KPI the segment search looks at: "bad" over "base" within a tally.
enum class SegmentMetric { Rebuffering, StartFailure, ExitBeforeStart, PlaybackFailure, SlowStart };
constexpr SegmentMetric kSegmentMetrics[] = {
    SegmentMetric::Rebuffering, SegmentMetric::StartFailure, SegmentMetric::ExitBeforeStart,
    SegmentMetric::PlaybackFailure, SegmentMetric::SlowStart};

const char* keyOf(SegmentMetric m)
{
    switch (m) {
    case SegmentMetric::Rebuffering:
        return "rebuffer_ratio";
    case SegmentMetric::StartFailure:
        return "vsf_rate";
    case SegmentMetric::ExitBeforeStart:
        return "ebvs_rate";
    case SegmentMetric::PlaybackFailure:
        return "playback_failure_rate";
    case SegmentMetric::SlowStart:
        break;
    }
    return "slow_start_rate";
}

double bad(SegmentMetric m, const SegmentTally& t)
{
    switch (m) {
    case SegmentMetric::Rebuffering:
        return t.rebuffer.sx;
    case SegmentMetric::StartFailure:
        return static_cast<double>(t.startFailures);
    case SegmentMetric::ExitBeforeStart:
        return static_cast<double>(t.exitsBeforeStart);
    case SegmentMetric::PlaybackFailure:
        return static_cast<double>(t.playbackFailures);
    case SegmentMetric::SlowStart:
        break;
    }
    return static_cast<double>(t.slowStarts);
}

double base(SegmentMetric m, const SegmentTally& t)
{
    switch (m) {
    case SegmentMetric::Rebuffering:
        return t.rebuffer.sy;
    case SegmentMetric::StartFailure:
    case SegmentMetric::ExitBeforeStart:
        return static_cast<double>(t.attempts);
    case SegmentMetric::PlaybackFailure:
    case SegmentMetric::SlowStart:
        break;
    }
    return static_cast<double>(t.started);
}

int64_t units(SegmentMetric m, const SegmentTally& t)
{
    return m == SegmentMetric::StartFailure || m == SegmentMetric::ExitBeforeStart ? t.attempts
                                                                                   : t.started;
}

stats::Expected<stats::TestResult> testOf(SegmentMetric m, const SegmentTally& s,
                                          const SegmentTally& r)
{
    if (m == SegmentMetric::Rebuffering)
        return KpiSignificance::ratioTest(s.rebuffer, r.rebuffer);
    const auto b = [&](const SegmentTally& t) {
        return static_cast<int64_t>(std::llround(bad(m, t)));
    };
    const auto n = [&](const SegmentTally& t) {
        return static_cast<int64_t>(std::llround(base(m, t)));
    };
    return stats::ProportionZ::test(b(s), n(s), b(r), n(r));
}

struct Candidate {
    size_t family = 0;
    size_t group = 0;
    SegmentMetric metric = SegmentMetric::Rebuffering;
    double value = 0, rest = 0;
    double excess = 0; // bad − rest rate × base
    double volume = 0; // base: the sessions (or time) the rate is taken over
    double impact = 0; // excess / total bad
    double share = 0;
    std::string test;
    double p = 1, pAdjusted = 1;
};

// The (axis index, code) pairs of a segment, to tell whether two segments are nested.
using Conditions = std::set<std::pair<size_t, uint32_t>>;

Conditions conditionsOf(const ScanOutput& scan, const Candidate& c)
{
    const FamilyTallies& f = scan.families[c.family];
    const auto codes = f.codesOf(c.group);
    Conditions out;
    for (size_t a = 0; a < codes.size(); ++a)
        out.insert({f.axisIndex[a], codes[a]});
    return out;
}

bool nested(const Conditions& a, const Conditions& b)
{
    return std::includes(a.begin(), a.end(), b.begin(), b.end()) ||
           std::includes(b.begin(), b.end(), a.begin(), a.end());
}

bool hasNullCode(const ScanOutput& scan, const FamilyTallies& f, size_t group)
{
    const auto codes = f.codesOf(group);
    for (size_t a = 0; a < codes.size(); ++a) {
        const SegmentAxis& axis = scan.axes[f.axisIndex[a]];
        if (!axis.daypart && codes[a] == scan.axisColumns[f.axisIndex[a]].nullCode())
            return true;
    }
    return false;
}

// Human name and filter of one segment.
struct SegmentText {
    QString name;
    std::string key;
    query::Filter filter;
};

SegmentText describe(const ScanOutput& scan, size_t family, size_t group,
                     const query::Filter& userFilter)
{
    const FamilyTallies& f = scan.families[family];
    const auto codes = f.codesOf(group);
    SegmentText out;
    out.filter = userFilter;
    QStringList values, times;
    std::vector<std::string> keys;
    for (size_t a = 0; a < codes.size(); ++a) {
        const SegmentAxis& axis = scan.axes[f.axisIndex[a]];
        const query::DimensionColumn& column = scan.axisColumns[f.axisIndex[a]];
        std::vector<std::string> filterValues;
        if (axis.daypart) {
            times << QString::fromStdString(SegmentAxis::daypartLabel(codes[a]));
            filterValues = SegmentAxis::daypartHours(codes[a]);
            keys.push_back("part_of_day=" + std::to_string(codes[a] * 6) + "-" +
                           std::to_string(codes[a] * 6 + 5));
        } else {
            const std::string label = column.label(codes[a]);
            filterValues = {label};
            keys.push_back(axis.name() + "=" + label);
            if (axis.dimension == query::DimensionId::Day)
                times.prepend(tr("on %1").arg(QString::fromStdString(label)));
            else
                // "Mobile (Device type)": the value as people read it, then its dimension.
                values << tr("%1 (%2)").arg(query::valueLabel(axis.dimension, label),
                                            query::dimensionLabel(axis.dimension));
        }
        std::string error;
        out.filter.addCondition(axis.dimension, filterValues, false, &error);
    }
    QString name = values.join(QStringLiteral(", "));
    if (!times.isEmpty())
        name = name.isEmpty() ? tr("sessions %1").arg(times.join(QLatin1Char(' ')))
                              : name + QLatin1Char(' ') + times.join(QLatin1Char(' '));
    out.name = name;
    for (size_t i = 0; i < keys.size(); ++i)
        out.key += (i ? "; " : "") + keys[i];
    return out;
}

QString metricLabel(SegmentMetric m, double slowStartMs)
{
    if (m == SegmentMetric::SlowStart)
        return tr("Share of starts slower than the median (%1)")
            .arg(SummaryText::value("startup_time_ms_median", slowStartMs));
    return SummaryText::metricName(keyOf(m));
}

// What the excess is counted in.
QString badName(SegmentMetric m)
{
    switch (m) {
    case SegmentMetric::Rebuffering:
        return tr("rebuffering time");
    case SegmentMetric::StartFailure:
        return tr("video start failures");
    case SegmentMetric::ExitBeforeStart:
        return tr("exits before video start");
    case SegmentMetric::PlaybackFailure:
        return tr("playback failures");
    case SegmentMetric::SlowStart:
        break;
    }
    return tr("slow starts");
}

QString testName(const std::string& test)
{
    return QString::fromStdString(test);
}

// Where inside a segment its excess sits: the significant sub-segments one axis finer (cdn_b
// in the evening → cdn_b in DE, FR, NL in the evening), largest excess first. Returns the
// sentence, or nothing when the excess is spread like the volume (up to five parts must hold
// at least half of the excess and clearly more of it than of the segment's volume).
QString concentration(const ScanOutput& scan, const Candidate& c,
                      const std::vector<Candidate>& significant)
{
    const Conditions parent = conditionsOf(scan, c);
    // Sub-segments along different finer axes (countries, days) overlap: they are kept apart
    // and the axis whose top three hold the most excess tells the story.
    struct Part {
        double excess, volume;
        QString label;
    };
    std::map<size_t, std::vector<Part>> partsByAxis;
    for (const Candidate& s : significant) {
        if (s.metric != c.metric || s.excess <= 0)
            continue;
        const Conditions child = conditionsOf(scan, s);
        if (child.size() != parent.size() + 1 ||
            !std::includes(child.begin(), child.end(), parent.begin(), parent.end()))
            continue;
        for (const auto& [axis, code] : child) {
            if (parent.count({axis, code}))
                continue;
            const QString label = scan.axes[axis].daypart
                                      ? QString::fromStdString(SegmentAxis::daypartLabel(code))
                                      : QString::fromStdString(scan.axisColumns[axis].label(code));
            partsByAxis[axis].push_back({s.excess, s.volume, label});
        }
    }
    if (c.excess <= 0 || c.volume <= 0)
        return {};
    QStringList names;
    double share = 0;
    for (auto& [axis, parts] : partsByAxis) {
        std::sort(parts.begin(), parts.end(),
                  [](const Part& a, const Part& b) { return a.excess > b.excess; });
        QStringList axisNames;
        double covered = 0, volume = 0;
        for (size_t i = 0; i < parts.size() && i < 5; ++i) {
            axisNames << parts[i].label;
            covered += parts[i].excess;
            volume += parts[i].volume;
        }
        const double excessShare = covered / c.excess;
        if (excessShare >= 0.5 && excessShare - volume / c.volume >= 0.3 && excessShare > share) {
            share = excessShare;
            names = axisNames;
        }
    }
    if (names.isEmpty())
        return {};
    return tr("Most of the excess (%1) is in %2.")
        .arg(SummaryText::percent(std::min(share, 1.0), 0), names.join(QStringLiteral(", ")));
}

Finding segmentFinding(const ScanOutput& scan, const Candidate& c, const query::Filter& filter,
                       double slowStartMs, int comparisons, const QString& concentrated)
{
    const SegmentText seg = describe(scan, c.family, c.group, filter);
    Finding f;
    f.kind = Finding::Kind::Segment;
    f.metric = keyOf(c.metric);
    f.impact = c.impact;
    f.share = c.share;
    f.shareOf = c.metric == SegmentMetric::Rebuffering ? "playing_time" : "attempts";
    f.value = c.value;
    f.reference = c.rest;
    f.test = c.test;
    f.pValue = c.p;
    f.pAdjusted = c.pAdjusted;
    f.comparisons = comparisons;
    f.correction = "Holm";
    f.filter = seg.filter;
    f.segment = seg.key;
    const QString shareText = c.metric == SegmentMetric::Rebuffering
                                  ? tr("%1 of all playing time").arg(SummaryText::percent(c.share))
                                  : tr("%1 of all attempts").arg(SummaryText::percent(c.share));
    const std::string valueKey = f.metric;
    f.sentence =
        tr("%1 for %2 is %3 the rest (%4 vs %5). The segment has %6; its excess over "
           "the rest's rate is %7 of all %8. Significant after Holm correction over %9 "
           "comparisons (%10, adjusted %11).")
            .arg(metricLabel(c.metric, slowStartMs), seg.name, SummaryText::times(c.value / c.rest),
                 SummaryText::value(f.metric, c.value), SummaryText::value(f.metric, c.rest),
                 shareText, SummaryText::percent(c.impact), badName(c.metric),
                 QLocale().toString(comparisons), testName(c.test),
                 SummaryText::pClause(c.pAdjusted))
            .toStdString();
    if (!concentrated.isEmpty())
        f.sentence += " " + concentrated.toStdString();
    return f;
}

// The value of one group of a single-axis family that carries most of a change of metric m:
// the change of Σbad/Σbase splits exactly into Σ_g (bad_g,cur / base_cur − bad_g,prev /
// base_prev).
// A group as large as 80 % of the sessions carries about 80 % of any change; what makes it a
// driver is carrying clearly more of the change than of the volume (the lift).
struct Driver {
    size_t family = 0, group = 0;
    double term = 0;
    double share = 0;  // term / change
    double volume = 0; // the group's share of the current period's base
    double lift() const { return share - volume; }
};

std::optional<Driver> driverOf(const ScanOutput& scan, SegmentMetric m, double change)
{
    const double baseCur = base(m, scan.periods[0].totals);
    const double basePrev = base(m, scan.periods[1].totals);
    if (baseCur <= 0 || basePrev <= 0 || change == 0)
        return std::nullopt;
    std::optional<Driver> best;
    for (size_t fi = 0; fi < scan.families.size(); ++fi) {
        const FamilyTallies& f = scan.families[fi];
        if (f.family.axes.size() != 1 || !f.family.reported)
            continue;
        for (size_t g = 0; g < f.groups; ++g) {
            if (hasNullCode(scan, f, g))
                continue;
            const double term = bad(m, f.at(g, 0)) / baseCur - bad(m, f.at(g, 1)) / basePrev;
            const Driver d{fi, g, term, term / change, base(m, f.at(g, 0)) / baseCur};
            if (!best || d.lift() > best->lift())
                best = d;
        }
    }
    return best;
}

std::optional<SegmentMetric> segmentMetricOf(const std::string& key)
{
    for (SegmentMetric m : kSegmentMetrics)
        if (key == keyOf(m))
            return m;
    return std::nullopt;
}

Finding changeFinding(const ScanOutput& scan, const KpiChange& k, const PeriodWindow& window,
                      const query::Filter& filter)
{
    Finding f;
    f.kind = Finding::Kind::Change;
    f.metric = k.key;
    f.value = *k.value;
    f.reference = *k.previous;
    f.impact = std::fabs(*k.absoluteChange) / std::max(std::fabs(*k.value), std::fabs(*k.previous));
    f.share = 1.0;
    f.shareOf = k.key == "rebuffer_ratio" ? "playing_time" : "attempts";
    f.test = k.test;
    f.pValue = k.pValue.value_or(1);
    f.pAdjusted = k.pAdjusted.value_or(1);
    f.comparisons = k.comparisons;
    f.correction = "Holm";
    f.filter = filter;
    const bool rose = *k.absoluteChange > 0;
    QString sentence =
        tr("%1 %2 from %3 to %4 (%5) compared with the previous %6. Significant after Holm "
           "correction over %7 comparisons (%8, adjusted %9).")
            .arg(SummaryText::metricName(k.key), rose ? tr("rose") : tr("fell"),
                 SummaryText::value(k.key, *k.previous), SummaryText::value(k.key, *k.value),
                 k.relativeChange ? SummaryText::signedPercent(*k.relativeChange) : QString(),
                 SummaryText::periodLength(window.lengthMs()), QLocale().toString(k.comparisons),
                 testName(k.test), SummaryText::pClause(f.pAdjusted));
    if (const auto m = segmentMetricOf(k.key)) {
        const double change = *k.absoluteChange;
        if (const auto d = driverOf(scan, *m, change); d && d->share >= 0.3 && d->lift() >= 0.25) {
            const FamilyTallies& fam = scan.families[d->family];
            const SegmentText seg = describe(scan, d->family, d->group, filter);
            const double before = base(*m, fam.at(d->group, 1));
            const double after = base(*m, fam.at(d->group, 0));
            if (before > 0 && after > 0) {
                sentence +=
                    QLatin1Char(' ') +
                    tr("%1 of the change comes from %2 (%3 of the volume), where it went from %4 "
                       "to %5.")
                        .arg(SummaryText::percent(std::min(d->share, 1.0), 0), seg.name,
                             SummaryText::percent(d->volume, 0),
                             SummaryText::value(k.key, bad(*m, fam.at(d->group, 1)) / before),
                             SummaryText::value(k.key, bad(*m, fam.at(d->group, 0)) / after));
                f.filter = seg.filter;
                f.segment = seg.key;
            }
        }
    }
    f.sentence = sentence.toStdString();
    return f;
}

} // namespace

WhatChangedFinder::Result WhatChangedFinder::find(const ScanOutput& scan,
                                                  const std::vector<KpiChange>& tiles,
                                                  const PeriodWindow& window,
                                                  const query::Filter& filter, double slowStartMs)
{
    Result result;
    const SegmentTally& all = scan.periods[0].totals;

    // Axes with a single value in the selection (the filter already says cdn=cdn_b): a
    // combination with such an axis repeats the smaller family without it.
    std::vector<std::set<uint32_t>> valuesOnAxis(scan.axes.size());
    for (const FamilyTallies& f : scan.families)
        for (size_t g = 0; g < f.groups; ++g)
            if (f.at(g, 0).attempts > 0) {
                const auto codes = f.codesOf(g);
                for (size_t a = 0; a < codes.size(); ++a)
                    valuesOnAxis[f.axisIndex[a]].insert(codes[a]);
            }
    const auto repeatsSmallerFamily = [&](const FamilyTallies& f) {
        return f.axisIndex.size() > 1 &&
               std::any_of(f.axisIndex.begin(), f.axisIndex.end(),
                           [&](size_t a) { return valuesOnAxis[a].size() <= 1; });
    };

    // Every segment of every family against the rest of the current period.
    std::vector<Candidate> tested;
    for (size_t fi = 0; fi < scan.families.size(); ++fi) {
        const FamilyTallies& f = scan.families[fi];
        if (!f.family.reported || repeatsSmallerFamily(f))
            continue;
        for (size_t g = 0; g < f.groups; ++g) {
            const SegmentTally& s = f.at(g, 0);
            if (s.attempts < kMinSessions || s.attempts == all.attempts || hasNullCode(scan, f, g))
                continue;
            const SegmentTally rest = all.minus(s);
            for (SegmentMetric m : kSegmentMetrics) {
                if (units(m, s) < kMinSessions || units(m, rest) < kMinSessions)
                    continue;
                const double bs = base(m, s), br = base(m, rest), total = bad(m, all);
                if (bs <= 0 || br <= 0 || total <= 0)
                    continue;
                auto t = testOf(m, s, rest);
                if (!t || !std::isfinite(t->p_value))
                    continue;
                Candidate c;
                c.family = fi;
                c.group = g;
                c.metric = m;
                c.value = bad(m, s) / bs;
                c.rest = bad(m, rest) / br;
                c.excess = bad(m, s) - c.rest * bs;
                c.volume = bs;
                c.impact = c.excess / total;
                c.share =
                    m == SegmentMetric::Rebuffering
                        ? (all.playingMs > 0 ? double(s.playingMs) / double(all.playingMs) : 0)
                        : double(s.attempts) / double(all.attempts);
                c.test = t->test;
                c.p = t->p_value;
                tested.push_back(c);
            }
        }
    }
    result.segmentComparisons = static_cast<int>(tested.size());
    std::vector<Candidate> significant;
    if (!tested.empty()) {
        std::vector<double> p;
        p.reserve(tested.size());
        for (const auto& c : tested)
            p.push_back(c.p);
        const auto holm = stats::MultipleComparisons::adjust(p, stats::PAdjustMethod::Holm);
        for (size_t i = 0; i < tested.size(); ++i) {
            tested[i].pAdjusted = holm ? (*holm)[i] : 1.0;
            if (tested[i].pAdjusted < kAlpha && tested[i].rest > 0 &&
                tested[i].value >= kMinFactor * tested[i].rest && tested[i].excess > 0)
                significant.push_back(tested[i]);
        }
    }
    result.significantSegments = static_cast<int>(significant.size());
    std::sort(significant.begin(), significant.end(),
              [](const Candidate& a, const Candidate& b) { return a.impact > b.impact; });

    // Greedy choice: the largest impact first; a nested segment of the same KPI replaces the
    // chosen one when it is more specific and holds most (≥ 60 %) of its excess, else it is
    // the same statement again and is skipped. At most two segments per KPI.
    std::vector<Candidate> chosen;
    std::vector<Conditions> chosenConditions;
    for (const Candidate& c : significant) {
        const Conditions cond = conditionsOf(scan, c);
        bool skip = false;
        int sameMetric = 0;
        for (size_t i = 0; i < chosen.size(); ++i) {
            if (chosen[i].metric != c.metric)
                continue;
            ++sameMetric;
            if (!nested(cond, chosenConditions[i]))
                continue;
            skip = true;
            if (cond.size() > chosenConditions[i].size() && c.impact >= 0.6 * chosen[i].impact) {
                chosen[i] = c;
                chosenConditions[i] = cond;
            }
            break;
        }
        if (skip || sameMetric >= 2)
            continue;
        chosen.push_back(c);
        chosenConditions.push_back(cond);
        if (chosen.size() >= kMaxFindings)
            break;
    }

    for (const Candidate& c : chosen)
        result.findings.push_back(segmentFinding(scan, c, filter, slowStartMs,
                                                 result.segmentComparisons,
                                                 concentration(scan, c, significant)));
    for (const KpiChange& k : tiles)
        if (k.significant && k.value && k.previous && k.absoluteChange)
            result.findings.push_back(changeFinding(scan, k, window, filter));
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.impact > b.impact; });
    if (result.findings.size() > kMaxFindings)
        result.findings.resize(kMaxFindings);
    return result;
}

} // namespace streamlens::summary
