#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks a directory of contract CSV files against every rule of the contract.

Written from /work/shared/data-contract.md only. It proves that the generated "good" files
really are valid (so any row StreamLens rejects from them is StreamLens's fault) and, for files
with planted bad rows, finds them independently of the generator's own description.

    validate_contract_files.py DIR [--json]

Prints one line per rejected row (or, with --json, {"rows": {table: valid rows},
"rejects": [{file, line, column, reason, value}]});
exit code 0 when every row is valid, 1 when some are not, 2 when a file cannot be read.
Row-level problems reject the row (a duplicate key rejects the later row); a session breaking
a cross-file rule is reported once, on its sessions.csv line.
"""

import argparse
import json
import re
import sys

import contract_csv as cc

RESOLUTIONS = {2160, 1440, 1080, 720, 540, 432, 360, 234}
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")


def check(table, row, column, ok, reason):
    if not ok:
        cc.fail(table, row, column, reason, row.get(column))


def short_text(table, row, column):
    value = cc.text(table, row, column)
    check(table, row, column, len(value) <= 64, "longer than 64 characters")
    return value


def check_user(row):
    t = "users"
    short_text(t, row, "user_id")
    signup = cc.date_days(t, row, "signup_date")
    check(t, row, "country", _COUNTRY.match(cc.text(t, row, "country")), "not an ISO 3166-1 alpha-2 code")
    age = cc.integer(t, row, "age", required=False)
    check(t, row, "age", age is None or 13 <= age <= 110, "outside 13-110")
    cc.enum(t, row, "gender", required=False)
    cc.enum(t, row, "plan")
    check(t, row, "monthly_fee", cc.decimal(t, row, "monthly_fee") >= 0, "negative")
    churned = cc.boolean(t, row, "churned")
    churn_date = cc.date_days(t, row, "churn_date", required=False)
    check(t, row, "churn_date", (churn_date is not None) == churned, "set iff churned")
    check(t, row, "churn_date", churn_date is None or churn_date >= signup, "before signup_date")


def check_content(row):
    t = "content"
    short_text(t, row, "content_id")
    cc.text(t, row, "title")
    cc.enum(t, row, "content_type")
    cc.text(t, row, "genre")
    year = cc.integer(t, row, "release_year", required=False)
    check(t, row, "release_year", year is None or 1900 <= year <= 2100, "outside 1900-2100")
    duration = cc.integer(t, row, "duration_s")
    check(t, row, "duration_s", duration > 0, "not > 0")
    rating = cc.decimal(t, row, "avg_rating", required=False)
    check(t, row, "avg_rating", rating is None or 0 <= rating <= 5, "outside 0-5")
    language = cc.text(t, row, "language", required=False)
    check(t, row, "language", language is None or _LANGUAGE.match(language), "not an ISO 639-1 code")
    cc.boolean(t, row, "is_original", required=False)
    return duration


def non_negative(t, row, column, parse, required=True):
    value = parse(t, row, column, required)
    check(t, row, column, value is None or value >= 0, "negative")
    return value


def check_session(row, users, durations):
    """Row-level rules; returns what the cross-file rules need."""
    t = "sessions"
    short_text(t, row, "session_id")
    check(t, row, "user_id", cc.text(t, row, "user_id") in users, "unknown user_id")
    check(t, row, "content_id", cc.text(t, row, "content_id") in durations, "unknown content_id")
    start = cc.timestamp_ms(t, row, "start_ts")
    cc.enum(t, row, "device_type")
    cc.enum(t, row, "connection_type")
    cc.text(t, row, "cdn")
    check(t, row, "country", _COUNTRY.match(cc.text(t, row, "country")), "not an ISO 3166-1 alpha-2 code")
    live = cc.enum(t, row, "stream_type") == "live"
    startup = non_negative(t, row, "startup_time_ms", cc.integer, required=False)
    playing = non_negative(t, row, "playing_time_s", cc.decimal)
    count = non_negative(t, row, "rebuffer_count", cc.integer)
    stall_ms = non_negative(t, row, "rebuffer_time_ms", cc.integer)
    bitrate = non_negative(t, row, "avg_bitrate_kbps", cc.decimal, required=False)
    switches = non_negative(t, row, "bitrate_switches", cc.integer)
    resolution = cc.integer(t, row, "resolution_p", required=False)
    failure = cc.boolean(t, row, "start_failure")
    exited = cc.boolean(t, row, "exit_before_start")
    playback_failure = cc.boolean(t, row, "playback_failure")
    completed = cc.boolean(t, row, "completed")
    started = startup is not None
    check(t, row, "startup_time_ms", started + failure + exited == 1, "not exactly one start outcome")
    check(t, row, "avg_bitrate_kbps", (bitrate is not None) == started, "set iff started")
    check(t, row, "resolution_p", (resolution is not None) == started, "set iff started")
    check(t, row, "resolution_p", resolution is None or resolution in RESOLUTIONS, "not a contract resolution")
    check(t, row, "playback_failure", started or not playback_failure, "true for a session that never started")
    check(t, row, "playing_time_s", started or playing == 0, "not 0 for a session that never started")
    check(t, row, "rebuffer_time_ms", count > 0 or stall_ms == 0, "not 0 when rebuffer_count is 0")
    check(t, row, "completed", not (live and completed), "true for a live session")
    duration = durations[row["content_id"]]
    check(t, row, "completed", live or completed == (started and playing * 10 >= duration * 9),
          "disagrees with playing_time_s >= 90% of duration_s")
    return {"row": row, "start": start, "started": started, "startup": startup, "count": count,
            "stall_ms": stall_ms, "switches": switches, "events": []}


def check_event(row, sessions):
    t = "performance_events"
    short_text(t, row, "event_id")
    sid = cc.text(t, row, "session_id")
    check(t, row, "session_id", sid in sessions, "unknown session_id")
    ts = cc.timestamp_ms(t, row, "ts")
    check(t, row, "ts", ts >= sessions[sid]["start"], "before the session's start_ts")
    kind = cc.enum(t, row, "event_type")
    duration = non_negative(t, row, "duration_ms", cc.integer, required=kind in ("startup", "rebuffer"))
    bitrate = cc.integer(t, row, "bitrate_kbps", required=kind == "bitrate_change")
    check(t, row, "bitrate_kbps", bitrate is None or bitrate > 0, "not > 0")
    cc.text(t, row, "error_code", required=kind == "error")
    cc.boolean(t, row, "fatal", required=kind == "error")
    return sid, kind, duration


def cross_file_problem(s):
    kinds = [k for k, _ in s["events"]]
    if not s["started"]:
        return "startup event for a session that never started" if "startup" in kinds else None
    startups = [d for k, d in s["events"] if k == "startup"]
    if startups != [s["startup"]]:
        return "startup events %s do not match startup_time_ms %d" % (startups, s["startup"])
    stalls = [d for k, d in s["events"] if k == "rebuffer"]
    if len(stalls) != s["count"] or sum(stalls) != s["stall_ms"]:
        return "%d rebuffer events summing to %d ms, session says %d / %d" % (
            len(stalls), sum(stalls), s["count"], s["stall_ms"])
    if kinds.count("bitrate_change") != s["switches"]:
        return "%d bitrate_change events, bitrate_switches is %d" % (kinds.count("bitrate_change"), s["switches"])
    return None


def validate(directory):
    rejects = []

    def reject(e):
        rejects.append({"file": e.file, "line": e.line, "column": e.column, "reason": str(e), "value": e.value})

    def load(table, key, checker, *context):
        kept = {}
        for row in cc.read_table(directory, table):
            try:
                result = checker(row, *context)
                check(table, row, key, row[key] not in kept, "duplicate key %r" % row[key])
                kept[row[key]] = result
            except cc.ContractError as e:
                reject(e)
        return kept

    users = load("users", "user_id", check_user)
    content = load("content", "content_id", check_content)
    sessions = load("sessions", "session_id", check_session, users, content)
    events = load("performance_events", "event_id", check_event, sessions)
    for sid, kind, duration in events.values():
        sessions[sid]["events"].append((kind, duration))
    for s in sessions.values():
        problem = cross_file_problem(s)
        if problem:
            rejects.append({"file": "sessions.csv", "line": s["row"]["_line"], "column": "session_id",
                            "reason": "sessions.csv:%d: %s" % (s["row"]["_line"], problem),
                            "value": s["row"]["session_id"]})
    rows = {t: len(v) for t, v in (("users", users), ("content", content), ("sessions", sessions),
                                     ("performance_events", events))}
    return rejects, rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory")
    parser.add_argument("--json", action="store_true", help="print valid row counts and rejects as JSON")
    args = parser.parse_args()
    try:
        rejects, rows = validate(args.directory)
    except cc.ContractError as e:
        print("validate_contract_files: %s" % e, file=sys.stderr)
        return 2
    if args.json:
        json.dump({"rows": rows, "rejects": rejects}, sys.stdout, indent=1)
        print()
    else:
        for r in rejects:
            print(r["reason"])
        print("valid rows: %s; rejected: %d" % (rows, len(rejects)), file=sys.stderr)
    return 1 if rejects else 0


if __name__ == "__main__":
    sys.exit(main())
