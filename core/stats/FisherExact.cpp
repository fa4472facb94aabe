// SPDX-License-Identifier: MIT
#include "stats/FisherExact.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <vector>

namespace streamlens::stats {

namespace {

// Noncentral hypergeometric distribution of the top-left cell given the margins, as the
// helpers inside R's fisher.test (dnhyper, mnhyper, pnhyper).
class Conditional {
public:
    Conditional(int64_t x, int64_t m, int64_t n, int64_t k)
        : m_x(x)
        , m_lo(std::max<int64_t>(0, k - n))
        , m_hi(std::min(k, m))
    {
        // log dhyper up to a constant by the ratio recurrence
        // d(i+1)/d(i) = (m − i)(k − i) / ((i + 1)(n − k + i + 1)): only small, exact terms.
        m_logd.resize(static_cast<size_t>(m_hi - m_lo + 1));
        m_logd[0] = 0.0;
        for (int64_t i = m_lo; i < m_hi; ++i) {
            const double ratio = static_cast<double>(m - i) * static_cast<double>(k - i) /
                                 (static_cast<double>(i + 1) * static_cast<double>(n - k + i + 1));
            m_logd[static_cast<size_t>(i - m_lo + 1)] =
                m_logd[static_cast<size_t>(i - m_lo)] + std::log(ratio);
        }
    }

    int64_t lo() const { return m_lo; }
    int64_t hi() const { return m_hi; }

    std::vector<double> density(double ncp) const
    {
        std::vector<double> d(m_logd.size());
        const double lncp = std::log(ncp);
        double mx = -std::numeric_limits<double>::infinity();
        for (size_t i = 0; i < d.size(); ++i) {
            d[i] = m_logd[i] + lncp * static_cast<double>(m_lo + static_cast<int64_t>(i));
            mx = std::max(mx, d[i]);
        }
        double s = 0.0;
        for (double& v : d) {
            v = std::exp(v - mx);
            s += v;
        }
        for (double& v : d)
            v /= s;
        return d;
    }

    double mean(double ncp) const
    {
        if (ncp == 0.0)
            return static_cast<double>(m_lo);
        if (std::isinf(ncp))
            return static_cast<double>(m_hi);
        const auto d = density(ncp);
        double s = 0.0;
        for (size_t i = 0; i < d.size(); ++i)
            s += static_cast<double>(m_lo + static_cast<int64_t>(i)) * d[i];
        return s;
    }

    // P(X ≤ x) or P(X ≥ x) at the odds ratio ncp.
    double tail(double ncp, bool upper) const
    {
        if (ncp == 0.0) // all mass at lo
            return (upper ? m_x <= m_lo : m_x >= m_lo) ? 1.0 : 0.0;
        if (std::isinf(ncp)) // all mass at hi
            return (upper ? m_x <= m_hi : m_x >= m_hi) ? 1.0 : 0.0;
        const auto d = density(ncp);
        double s = 0.0;
        for (size_t i = 0; i < d.size(); ++i) {
            const int64_t v = m_lo + static_cast<int64_t>(i);
            if (upper ? v >= m_x : v <= m_x)
                s += d[i];
        }
        return std::min(1.0, s);
    }

private:
    int64_t m_x, m_lo, m_hi;
    std::vector<double> m_logd;
};

// Root of a monotone f on [a, b] with f(a), f(b) of opposite signs, by bisection to full
// precision (a few dozen evaluations; robust where R uses uniroot).
double bisect(const std::function<double(double)>& f, double a, double b)
{
    double fa = f(a);
    for (int it = 0; it < 200 && b - a > 1e-15 * std::max(1.0, std::fabs(a)); ++it) {
        const double mid = 0.5 * (a + b);
        const double fm = f(mid);
        if (fm == 0.0)
            return mid;
        if ((fm < 0.0) == (fa < 0.0)) {
            a = mid;
            fa = fm;
        } else {
            b = mid;
        }
    }
    return 0.5 * (a + b);
}

constexpr double kTiny = std::numeric_limits<double>::epsilon();

} // namespace

Expected<TestResult> FisherExact::test(int64_t a, int64_t b, int64_t c, int64_t d, double level)
{
    using E = Expected<TestResult>;
    if (a < 0 || b < 0 || c < 0 || d < 0)
        return E::failure("Fisher's exact test: counts must be non-negative");
    if (!(level > 0.0 && level < 1.0))
        return E::failure("confidence level must lie in (0, 1)");
    if (a + b + c + d == 0)
        return E::failure("Fisher's exact test: the table is empty");
    // R's notation: x = a, m = first column total, n = second column total, k = first row.
    const int64_t x = a, m = a + c, n = b + d, k = a + b;
    const Conditional h(x, m, n, k);

    TestResult r;
    r.test = "Fisher's exact test";
    r.statistic_name = "OR";
    r.group_sizes = {a + b, c + d};
    const auto d1 = h.density(1.0);
    const double dx = d1[static_cast<size_t>(x - h.lo())];
    double p = 0.0;
    for (double v : d1)
        if (v <= dx * (1.0 + 1e-7))
            p += v;
    r.p_value = std::min(1.0, p);

    // Conditional MLE: solve E[X; ncp] = x, on ncp ∈ (0, 1) or on 1/ncp ∈ (0, 1) as R does.
    const double inf = std::numeric_limits<double>::infinity();
    double mle = 1.0;
    if (x == h.lo())
        mle = 0.0;
    else if (x == h.hi())
        mle = inf;
    else {
        const double mu = h.mean(1.0);
        const auto fx = static_cast<double>(x);
        if (mu > fx)
            mle = bisect([&](double t) { return h.mean(t) - fx; }, 0.0, 1.0);
        else if (mu < fx)
            mle = 1.0 / bisect([&](double t) { return h.mean(1.0 / t) - fx; }, kTiny, 1.0);
    }
    const double alpha = (1.0 - level) / 2.0;
    double lower = 0.0, upper = inf;
    if (x != h.lo()) {
        const double pl = h.tail(1.0, true);
        if (pl > alpha)
            lower = bisect([&](double t) { return h.tail(t, true) - alpha; }, 0.0, 1.0);
        else if (pl < alpha)
            lower =
                1.0 / bisect([&](double t) { return h.tail(1.0 / t, true) - alpha; }, kTiny, 1.0);
        else
            lower = 1.0;
    }
    if (x != h.hi()) {
        const double pu = h.tail(1.0, false);
        if (pu < alpha)
            upper = bisect([&](double t) { return h.tail(t, false) - alpha; }, 0.0, 1.0);
        else if (pu > alpha)
            upper =
                1.0 / bisect([&](double t) { return h.tail(1.0 / t, false) - alpha; }, kTiny, 1.0);
        else
            upper = 1.0;
    }
    r.statistic = mle;
    r.effect_size = mle;
    r.effect_size_name = "conditional MLE odds ratio";
    r.ci_low = lower;
    r.ci_high = upper;
    r.ci_name = "odds ratio";
    r.ci_level = level;
    r.method_note = "two-sided exact p-value; conditional maximum-likelihood odds ratio";
    if (std::isinf(mle))
        r.method_note += "; the odds ratio is infinite (a zero cell)";
    if (std::isinf(upper))
        r.method_note += "; the upper confidence limit is infinite";
    return r;
}

} // namespace streamlens::stats
