// SPDX-License-Identifier: MIT
#include "generator/ChurnModel.h"

#include "generator/Catalog.h"
#include "generator/ModelParameters.h"
#include "generator/Random.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <cmath>

namespace streamlens::generator {

std::vector<UserExperience> ChurnModel::experience(const Dataset& data)
{
    const size_t users = data.users.size();
    std::vector<UserExperience> x(users);
    std::vector<int64_t> rebuffer(users, 0), playing(users, 0), startup(users, 0);
    const SessionTable& s = data.sessions;
    for (size_t i = 0; i < s.size(); ++i) {
        const int32_t u = s.userIndex[i];
        if (u < 0 || static_cast<size_t>(u) >= users)
            continue;
        UserExperience& e = x[u];
        const auto day = static_cast<int32_t>(floorDiv(s.startTs[i], kMsPerDay));
        e.firstDay = e.sessions == 0 ? day : std::min(e.firstDay, day);
        e.lastDay = e.sessions == 0 ? day : std::max(e.lastDay, day);
        ++e.sessions;
        if (!s.started(i))
            continue;
        ++e.started;
        rebuffer[u] += s.rebufferTimeMs[i];
        playing[u] += s.playingTimeMs[i];
        startup[u] += s.startupTimeMs[i];
    }
    for (size_t u = 0; u < users; ++u) {
        UserExperience& e = x[u];
        if (e.started == 0)
            continue;
        const int64_t total = playing[u] + rebuffer[u];
        e.rebufferRatioPct = total > 0 ? 100.0 * double(rebuffer[u]) / double(total) : 0.0;
        e.meanStartupS = double(startup[u]) / e.started / 1000.0;
    }
    return x;
}

double ChurnModel::logOdds(const GeneratorOptions& o, int plan, const UserExperience& x)
{
    double z = model::kChurnIntercept + catalog().plans[static_cast<size_t>(plan)].churnLogOdds;
    if (o.churn.enabled)
        z += o.churn.logOddsPerRebufferPct * x.rebufferRatioPct +
             o.churn.logOddsPerStartupSecond * x.meanStartupS;
    return z;
}

void ChurnModel::apply(const GeneratorOptions& o, Dataset& data)
{
    const std::vector<UserExperience> x = experience(data);
    UserTable& users = data.users;
    const int32_t firstDay = o.resolvedStartDate();
    const int32_t lastDay = firstDay + o.days - 1;
    parallelFor(users.size(), o.threads, 20000, [&](size_t begin, size_t end, int) {
        for (size_t u = begin; u < end; ++u) {
            Random rng(o.seed, model::ChurnStream, u);
            const UserExperience& e = x[u];
            if (e.sessions > 0)
                users.signupDate[u] = std::min(users.signupDate[u], e.firstDay);
            const double p = 1.0 / (1.0 + std::exp(-logOdds(o, users.plan.codes[u], e)));
            const bool churned = rng.chance(p);
            users.churned[u] = churned ? 1 : 0;
            if (!churned) {
                users.churnDate[u] = kNullInt32;
                continue;
            }
            int32_t date;
            if (e.sessions > 0) {
                const auto delay = static_cast<int32_t>(
                    std::min(365.0, std::floor(rng.exponential(model::kChurnDelayMeanDays))));
                date = std::min(lastDay, e.lastDay + 1 + delay);
            } else {
                const int32_t from = std::max(users.signupDate[u], firstDay);
                date = from +
                       static_cast<int32_t>(rng.below(uint64_t(std::max(0, lastDay - from)) + 1));
            }
            users.churnDate[u] = std::max(date, users.signupDate[u]);
        }
    });
}

} // namespace streamlens::generator
