#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Self-test of reference_kpis.py on five hand-made sessions with hand-computed KPIs.

The reference is only worth comparing against if it is right; this checks it against numbers
worked out by hand from the contract's definitions (see the comments). Exit code 0 on success.
"""

import io
import json
import math
import os
import sys
import tempfile
from contextlib import redirect_stdout
from fractions import Fraction

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_kpis  # noqa: E402

USERS = """user_id,signup_date,country,age,gender,plan,monthly_fee,preferred_genre,churned,churn_date
u1,2025-01-01,DE,30,female,premium,19.99,drama,TRUE,2026-03-05
u2,2025-02-01,FR,,,free,0,,no,
u3,2025-03-01,US,70,male,basic,6.99,,f,
"""
CONTENT = """content_id,title,content_type,genre,release_year,duration_s,maturity_rating,avg_rating,language,is_original
c1,"One, ""two"" three",movie,drama,2020,1000,PG,4.5,en,true
c2,Live match,live,sports,,3600,,,,
"""
# s1 starts 2026-03-01 01:30 at +02:00, i.e. 2026-02-28 23:30 UTC.
SESSIONS = (
    "session_id,user_id,content_id,start_ts,device_type,os,player_version,connection_type,cdn,isp,"
    "country,stream_type,startup_time_ms,playing_time_s,rebuffer_count,rebuffer_time_ms,"
    "avg_bitrate_kbps,bitrate_switches,resolution_p,start_failure,exit_before_start,"
    "playback_failure,error_code,completed\r\n"
    "s1,u1,c1,2026-03-01T01:30:00+02:00,smart_tv,,,wifi,cdn_a,,DE,vod,1000,950.000,2,50000,3000,0,1080,f,f,f,,t\r\n"
    "s2,u1,c2,2026-03-01 10:00:00.5Z,mobile,,,cellular,cdn_b,,DE,live,2000,100,0,0,1000,0,720,0,0,0,,0\r\n"
    "s3,u2,c1,2026-03-01T12:00:00Z,mobile,,,wifi,cdn_a,,FR,vod,,0,0,0,,0,,yes,no,no,E1,no\r\n"
    "s4,u2,c1,2026-03-02T12:00:00.000Z,desktop,,,wifi,cdn_a,,FR,vod,,0,0,0,,0,,False,True,False,,False\r\n"
    "s5,u2,c1,2026-03-02T13:00:00Z,smart_tv,,,ethernet,cdn_b,,FR,vod,0,0,0,0,500,0,360,F,F,T,E2,F\r\n"
)

# Hand computations (started = s1, s2, s5; startup times 1000, 2000, 0 ms):
#   vsf = ebvs = 1/5; playback failure = 1/3 (s5)
#   median of [0, 1000, 2000]: h = 2·0.5 = 1 → 1000; p95: h = 1.9 → 1000 + 0.9·1000 = 1900
#   Σ playing = 950 + 100 + 0 = 1050 s = 1,050,000 ms; Σ rebuffer = 50,000 ms
#   rebuffer ratio = 50,000 / 1,100,000 = 1/22; frequency = 2 / (1050/60 min) = 4/35
#   sessions with rebuffering = 1/3; avg bitrate = (3000·950 + 1000·100 + 500·0)/1050 = 59000/21
#   completion = completed started vod (s1) / started vod (s1, s5) = 1/2; hours = 1050/3600 = 7/24
#   startup score = (800/9 + 80 + 100)/3 = 2420/27
#   smoothness: s1 count 2 → 100/√2, r = 50,000/1,000,000 = 0.05 → 100·e^-0.5; s2 and s5 → 100
#   churn unfiltered: u1 of u1, u2, u3 = 1/3
EXPECTED_ALL = {
    "attempts": 5, "started": 3, "vsf_rate": Fraction(1, 5), "ebvs_rate": Fraction(1, 5),
    "playback_failure_rate": Fraction(1, 3), "startup_time_ms_median": 1000,
    "startup_time_ms_p95": 1900, "rebuffer_ratio": Fraction(1, 22),
    "rebuffer_frequency_per_min": Fraction(4, 35), "sessions_with_rebuffer_rate": Fraction(1, 3),
    "avg_bitrate_kbps": Fraction(59000, 21), "completion_rate": Fraction(1, 2),
    "playing_hours": Fraction(7, 24), "startup_score": Fraction(2420, 27),
    "smoothness_score": ((100 / math.sqrt(2) + 100 * math.exp(-0.5)) / 2 + 200) / 3,
    "churn_rate": Fraction(1, 3),
}


def run(directory, *args):
    out = io.StringIO()
    with redirect_stdout(out):
        code = reference_kpis.main([directory] + list(args))
    if code != 0:
        raise AssertionError("reference_kpis exited with %d for %s" % (code, args))
    return json.loads(out.getvalue())


def close(expected, actual):
    if expected is None or actual is None:
        return expected is None and actual is None
    return abs(float(expected) - actual) <= 1e-15 * max(1.0, abs(float(expected)))


def check(label, expected, actual, failures):
    for key, value in expected.items():
        if not close(value, actual.get(key, "missing")):
            failures.append("%s %s: expected %s, got %s" % (label, key, value, actual.get(key, "missing")))


def main():
    failures = []
    with tempfile.TemporaryDirectory() as d:
        for name, text in (("users.csv", "\ufeff" + USERS), ("content.csv", CONTENT),
                           ("sessions.csv", SESSIONS)):
            with open(os.path.join(d, name), "w", encoding="utf-8", newline="") as f:
                f.write(text)
        check("all", EXPECTED_ALL, run(d)["all"], failures)
        # Filtered to vod: s1, s3, s4, s5 → users u1, u2 → churn 1/2; started s1, s5.
        vod = run(d, "--where", "stream_type=vod")["all"]
        check("vod", {"attempts": 4, "started": 2, "churn_rate": Fraction(1, 2),
                      "startup_time_ms_median": 500, "completion_rate": Fraction(1, 2)}, vod, failures)
        # Live only: s2, no started vod session → completion null; u1 churned → 1.
        live = run(d, "--where", "stream_type=live")["all"]
        check("live", {"attempts": 1, "completion_rate": None, "churn_rate": 1}, live, failures)
        # --to is inclusive and UTC: s1 (23:30 UTC on 02-28) is outside 03-01..03-01.
        day = run(d, "--from", "2026-03-01", "--to", "2026-03-01")["all"]
        check("day", {"attempts": 2, "vsf_rate": Fraction(1, 2)}, day, failures)
        nothing = run(d, "--where", "cdn=none")["all"]
        check("nothing", {"attempts": 0, "started": 0, "vsf_rate": None, "startup_time_ms_median": None,
                          "smoothness_score": None, "churn_rate": None, "playing_hours": 0}, nothing, failures)
        by_day = run(d, "--by", "day")
        if list(by_day["groups"]) != ["2026-02-28", "2026-03-01", "2026-03-02"]:
            failures.append("by day groups: %s" % list(by_day["groups"]))
        by_hour = run(d, "--by", "hour")["groups"]
        if sorted(by_hour, key=int) != ["10", "12", "13", "23"]:
            failures.append("by hour groups: %s" % list(by_hour))
        by_plan = run(d, "--by", "plan")["groups"]
        check("plan=free", {"attempts": 3, "churn_rate": 0}, by_plan.get("free", {}), failures)
        check("plan=premium", {"attempts": 2, "churn_rate": 1}, by_plan.get("premium", {}), failures)
    for f in failures:
        print("FAIL", f)
    print("selftest_reference: %s" % ("%d failure(s)" % len(failures) if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
