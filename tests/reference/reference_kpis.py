#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Independent reference calculation of the contract's KPIs from contract CSV files.

Written from /work/shared/data-contract.md ("Metric definitions") only, without reading the
C++ code, so that agreement with `streamlens kpis` means something. Exact arithmetic wherever
the metric is rational (fractions.Fraction); the two Mux scores, which need exp/sqrt, are
per-session doubles summed with math.fsum. Output has the CLI's JSON shape:

    {"all": {key: value, ...}}                      without --by
    {"by": DIM, "groups": {value: {...}, ...}}      with --by

Usage:
    reference_kpis.py DIR [--where COL=V[,V...]]... [--where COL!=V[,V...]]...
                          [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by DIM]

--from is inclusive from 00:00 UTC, --to inclusive of the whole day. Filters on different
columns are ANDed; the values of one --where are ORed. plan/gender/user_country/
preferred_genre/churned/age_band join users, content_type/genre/language/maturity_rating/
is_original/title join content; day/hour/weekday derive from start_ts in UTC.

Churn: without any filter and without --by, over all users of users.csv; otherwise over the
distinct users who have sessions in the filtered set (or in the group).
"""

import argparse
import json
import math
import sys
from fractions import Fraction

import contract_csv as cc

KEYS = ["attempts", "started", "vsf_rate", "ebvs_rate", "playback_failure_rate",
        "startup_time_ms_median", "startup_time_ms_p95", "rebuffer_ratio",
        "rebuffer_frequency_per_min", "sessions_with_rebuffer_rate", "avg_bitrate_kbps",
        "completion_rate", "playing_hours", "startup_score", "smoothness_score", "churn_rate"]

SESSION_DIMENSIONS = ["device_type", "os", "player_version", "connection_type", "cdn", "isp",
                      "country", "stream_type", "error_code", "content_id", "user_id"]
USER_DIMENSIONS = {"plan": "plan", "gender": "gender", "user_country": "country",
                   "preferred_genre": "preferred_genre"}
CONTENT_DIMENSIONS = ["content_type", "genre", "language", "maturity_rating", "title"]
AGE_BANDS = [(13, 17, "13-17"), (18, 24, "18-24"), (25, 34, "25-34"), (35, 44, "35-44"),
             (45, 54, "45-54"), (55, 64, "55-64"), (65, 200, "65+")]


def dimension_names():
    return (SESSION_DIMENSIONS + ["resolution", "outcome"] + list(USER_DIMENSIONS)
            + ["churned", "age_band"] + CONTENT_DIMENSIONS + ["is_original", "day", "hour", "weekday"])


class Session:
    """One parsed sessions.csv row with what the metrics and dimensions need."""

    __slots__ = ("row", "user", "content", "start_ms", "startup_ms", "playing_s", "rebuffer_count",
                 "rebuffer_ms", "bitrate", "start_failure", "exit_before_start", "playback_failure",
                 "completed", "vod")

    def __init__(self, row, users, content):
        t = "sessions"
        self.row = row
        self.user = users.get(row["user_id"])
        self.content = content.get(row["content_id"])
        if self.user is None or self.content is None:
            column = "user_id" if self.user is None else "content_id"
            cc.fail(t, row, column, "unknown reference %r" % row[column], row[column])
        self.start_ms = cc.timestamp_ms(t, row, "start_ts")
        self.startup_ms = cc.integer(t, row, "startup_time_ms", required=False)
        self.playing_s = cc.decimal(t, row, "playing_time_s")
        self.rebuffer_count = cc.integer(t, row, "rebuffer_count")
        self.rebuffer_ms = cc.integer(t, row, "rebuffer_time_ms")
        self.bitrate = cc.decimal(t, row, "avg_bitrate_kbps", required=False)
        self.start_failure = cc.boolean(t, row, "start_failure")
        self.exit_before_start = cc.boolean(t, row, "exit_before_start")
        self.playback_failure = cc.boolean(t, row, "playback_failure")
        self.completed = cc.boolean(t, row, "completed")
        self.vod = cc.enum(t, row, "stream_type") == "vod"

    @property
    def started(self):
        return self.startup_ms is not None

    def value(self, dim):
        """The session's value of a dimension as text (None for null)."""
        if dim in SESSION_DIMENSIONS:
            return self.row[dim] or None
        if dim == "resolution":
            return self.row["resolution_p"] or None
        if dim == "outcome":
            return "started" if self.started else "start_failure" if self.start_failure else "exit_before_start"
        if dim in USER_DIMENSIONS:
            return self.user["row"][USER_DIMENSIONS[dim]] or None
        if dim == "churned":
            return "true" if self.user["churned"] else "false"
        if dim == "age_band":
            age = self.user["age"]
            return None if age is None else next(b for lo, hi, b in AGE_BANDS if lo <= age <= hi)
        if dim in CONTENT_DIMENSIONS:
            return self.content["row"][dim] or None
        if dim == "is_original":
            v = self.content["is_original"]
            return None if v is None else "true" if v else "false"
        if dim == "day":
            return cc.utc_day_text(self.start_ms)
        if dim == "hour":
            return str(cc.utc_hour(self.start_ms))
        if dim == "weekday":
            return cc.utc_weekday(self.start_ms)
        raise KeyError(dim)


def load(directory):
    users = {}
    for row in cc.read_table(directory, "users"):
        users[row["user_id"]] = {"row": row, "churned": cc.boolean("users", row, "churned"),
                                 "age": cc.integer("users", row, "age", required=False)}
    content = {}
    for row in cc.read_table(directory, "content"):
        content[row["content_id"]] = {"row": row,
                                      "is_original": cc.boolean("content", row, "is_original", required=False)}
    sessions = [Session(row, users, content) for row in cc.read_table(directory, "sessions")]
    return users, sessions


def ratio(num, den):
    """num/den as a double, None (JSON null) for an empty denominator."""
    return None if den == 0 else float(Fraction(num) / Fraction(den))


def quantile7(sorted_values, p):
    """R type 7: x[lo] + (h - lo)(x[lo+1] - x[lo]) with h = (n-1)p, 0-based; exact."""
    n = len(sorted_values)
    if n == 0:
        return None
    h = (n - 1) * p
    lo = math.floor(h)
    value = Fraction(sorted_values[lo])
    if lo + 1 < n:
        value += (h - lo) * (sorted_values[lo + 1] - sorted_values[lo])
    return float(value)


def smoothness(s):
    """Mux smoothness of one started session: mean of the count and the ratio scores."""
    playing_ms = s.playing_s * 1000
    total = playing_ms + s.rebuffer_ms
    r = 0.0 if total == 0 else float(Fraction(s.rebuffer_ms) / total)
    by_count = 100.0 / math.sqrt(1.0 + (s.rebuffer_count / 2.0) ** 2)
    by_ratio = 100.0 * math.exp(-10.0 * r)
    return (by_count + by_ratio) / 2.0


def kpis(sessions, churn_users):
    """Every metric of the contract over a list of sessions.

    churn_users is a list of user dicts to compute churn over (None: the sessions' users).
    """
    started = [s for s in sessions if s.started]
    vod_started = [s for s in started if s.vod]
    playing = sum((s.playing_s for s in started), Fraction(0))
    rebuffer_ms = sum(s.rebuffer_ms for s in started)
    playing_ms = playing * 1000
    startups = sorted(s.startup_ms for s in started)
    if churn_users is None:
        seen = {}
        for s in sessions:
            seen[s.row["user_id"]] = s.user
        churn_users = list(seen.values())
    out = {
        "attempts": len(sessions),
        "started": len(started),
        "vsf_rate": ratio(sum(s.start_failure for s in sessions), len(sessions)),
        "ebvs_rate": ratio(sum(s.exit_before_start for s in sessions), len(sessions)),
        "playback_failure_rate": ratio(sum(s.playback_failure for s in started), len(started)),
        "startup_time_ms_median": quantile7(startups, Fraction(1, 2)),
        "startup_time_ms_p95": quantile7(startups, Fraction(95, 100)),
        "rebuffer_ratio": None if not started else ratio(rebuffer_ms, playing_ms + rebuffer_ms),
        "rebuffer_frequency_per_min": None if not started else ratio(
            sum(s.rebuffer_count for s in started), playing / 60),
        "sessions_with_rebuffer_rate": ratio(sum(s.rebuffer_count > 0 for s in started), len(started)),
        "avg_bitrate_kbps": None if not started else ratio(
            sum((s.bitrate * s.playing_s for s in started), Fraction(0)), playing),
        "completion_rate": ratio(sum(s.completed for s in vod_started), len(vod_started)),
        "playing_hours": float(sum((s.playing_s for s in sessions), Fraction(0)) / 3600),
        # 100·8/(8 + ms/1000) = 800000/(8000 + ms), each term correctly rounded, summed exactly.
        "startup_score": None if not started else math.fsum(
            float(Fraction(800_000, 8000 + s.startup_ms)) for s in started) / len(started),
        "smoothness_score": None if not started else math.fsum(
            smoothness(s) for s in started) / len(started),
        "churn_rate": ratio(sum(u["churned"] for u in churn_users), len(churn_users)),
    }
    return {k: out[k] for k in KEYS}


def parse_where(clauses):
    """["col=a,b", "col!=c"] → [(col, negate, {values})]."""
    parsed = []
    for clause in clauses:
        negate = "!=" in clause
        col, sep, values = clause.partition("!=" if negate else "=")
        if not sep or not col or not values:
            raise cc.ContractError("bad --where %r: expected COL=V[,V...] or COL!=V[,V...]" % clause)
        if col not in dimension_names():
            raise cc.ContractError("unknown --where column %r (valid: %s)" % (col, ", ".join(dimension_names())))
        parsed.append((col, negate, set(values.split(","))))
    return parsed


def day_number(text, option):
    row = {"_line": 0, "d": text}
    try:
        return cc.date_days("sessions", row, "d")
    except cc.ContractError:
        raise cc.ContractError("bad %s %r: expected YYYY-MM-DD" % (option, text)) from None


def select(sessions, where, from_day, to_day):
    lo = None if from_day is None else from_day * cc.DAY_MS
    hi = None if to_day is None else (to_day + 1) * cc.DAY_MS  # --to is inclusive: next midnight
    out = []
    for s in sessions:
        if lo is not None and s.start_ms < lo:
            continue
        if hi is not None and s.start_ms >= hi:
            continue
        if all((s.value(col) in values) != negate for col, negate, values in where):
            out.append(s)
    return out


def group_order(dim, key):
    if key is None:
        return (2, "")
    if dim == "hour":
        return (0, int(key))
    if dim == "weekday":
        return (0, cc.WEEKDAYS.index(key))
    return (1, key)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory")
    parser.add_argument("--where", action="append", default=[], metavar="COL=V[,V...]")
    parser.add_argument("--from", dest="from_date", metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="to_date", metavar="YYYY-MM-DD")
    parser.add_argument("--by", metavar="DIM")
    parser.add_argument("--json", action="store_true", help="accepted for symmetry; output is always JSON")
    args = parser.parse_args(argv)
    try:
        where = parse_where(args.where)
        from_day = None if args.from_date is None else day_number(args.from_date, "--from")
        to_day = None if args.to_date is None else day_number(args.to_date, "--to")
        if args.by is not None and args.by not in dimension_names():
            raise cc.ContractError("unknown --by dimension %r (valid: %s)" % (args.by, ", ".join(dimension_names())))
        users, sessions = load(args.directory)
    except cc.ContractError as e:
        print("reference_kpis: %s" % e, file=sys.stderr)
        return 2
    filtered = bool(where) or from_day is not None or to_day is not None
    chosen = select(sessions, where, from_day, to_day)
    if args.by is None:
        result = {"all": kpis(chosen, None if filtered else list(users.values()))}
    else:
        groups = {}
        for s in chosen:
            groups.setdefault(s.value(args.by), []).append(s)
        ordered = sorted(groups, key=lambda k: group_order(args.by, k))
        result = {"by": args.by,
                  "groups": {("" if k is None else k): kpis(groups[k], None) for k in ordered}}
    json.dump(result, sys.stdout, indent=1, allow_nan=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
