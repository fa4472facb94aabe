#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a seeded set of contract CSV files (users, content, sessions, performance_events).

Independent of the C++ code: written from /work/shared/data-contract.md only. The files are
contract-valid but deliberately use every accepted spelling (timestamps, booleans), nulls where
allowed, a shuffled column order, an unknown column, CRLF, a BOM and awkward quoted titles, so an
importer that passes on them reads the contract, not one writer's habits.

    make_contract_files.py --out DIR [--seed 7] [--sessions 20000] [--users 400] [--titles 100]
                           [--bad-rows K]

With --bad-rows K, K invalid rows of known kinds are appended and described as JSON on stdout
(file, physical line, column, kind, value) so a test can check they are rejected where expected.
Python 3 standard library only.
"""

import argparse
import csv
import datetime
import io
import itertools
import json
import math
import os
import sys

import random

DAY_MS = 86_400_000
EPOCH = datetime.datetime(1970, 1, 1)
FIRST_SESSION_DAY = datetime.date(2026, 2, 1)
SESSION_DAYS = 42

COUNTRIES = ["US", "GB", "DE", "FR", "BR", "IN", "JP", "CA", "ES", "NL"]
COUNTRY_WEIGHTS = [30, 12, 10, 8, 10, 9, 6, 6, 5, 4]
ISPS = {
    "US": ["Comcast", "Verizon", "AT&T"], "GB": ["BT", "Virgin Media"], "DE": ["Telekom", "Vodafone DE"],
    "FR": ["Orange", "Free"], "BR": ["Vivo", "Claro"], "IN": ["Jio", "Airtel"], "JP": ["NTT", "KDDI"],
    "CA": ["Rogers", "Bell"], "ES": ["Movistar"], "NL": ["KPN", "Ziggo"],
}
DEVICES = ["smart_tv", "streaming_stick", "console", "mobile", "desktop", "tablet"]
DEVICE_WEIGHTS = [30, 18, 8, 22, 14, 8]
OS_BY_DEVICE = {
    "smart_tv": ["tizen", "webos", "android_tv"], "streaming_stick": ["fire_os", "roku_os", "android_tv"],
    "console": ["playstation", "xbox"], "mobile": ["android", "ios"], "desktop": ["windows", "macos", "linux"],
    "tablet": ["ipados", "android"],
}
CONNECTIONS = ["wifi", "cellular", "ethernet", "unknown"]
CDNS = ["cdn_a", "cdn_b", "cdn_c", "cdn_d"]
CDN_WEIGHTS = [40, 30, 20, 10]
POPS = ["fra1", "lhr2", "iad3", "gru1", "bom1", "nrt2", "yyz1", "mad1", "ams4"]
PLANS = ["free", "basic", "standard", "premium"]
PLAN_FEES = {"free": ["0", "0.000"], "basic": ["6.99", "5.5"], "standard": ["15.49", "12.990"],
             "premium": ["22.99", "19.999"]}
GENRES = ["drama", "comedy", "action", "documentary", "kids", "sports", "thriller", "sci-fi"]
LANGUAGES = ["en", "de", "fr", "es", "pt", "ja", "hi", "nl"]
RATINGS = ["TV-MA", "TV-14", "PG-13", "PG", "R", "TV-Y7"]
# Apple HLS authoring ladder (kbps, vertical resolution); devices/connections cap the rung.
LADDER = [(145, 234), (365, 234), (730, 360), (1100, 432), (2000, 540), (3000, 540),
          (4500, 720), (6000, 1080), (7800, 1080), (11600, 1440), (16800, 2160)]
START_ERRORS = ["E_MANIFEST_404", "E_DRM_LICENSE", "E_CDN_TIMEOUT", "E_DECODER_INIT"]
PLAY_ERRORS = ["E_SEGMENT_TIMEOUT", "E_DECODE", "E_NETWORK_LOST"]
SOFT_ERRORS = ["W_SEGMENT_RETRY", "W_LICENSE_RENEW"]

USER_COLUMNS = ["user_id", "signup_date", "country", "age", "gender", "plan", "monthly_fee",
                "preferred_genre", "churned", "churn_date", "referral_source"]
CONTENT_COLUMNS = ["content_id", "title", "content_type", "genre", "release_year", "duration_s",
                   "maturity_rating", "avg_rating", "language", "is_original"]
SESSION_COLUMNS = ["session_id", "user_id", "content_id", "start_ts", "device_type", "os",
                   "player_version", "connection_type", "cdn", "isp", "country", "stream_type",
                   "startup_time_ms", "playing_time_s", "rebuffer_count", "rebuffer_time_ms",
                   "avg_bitrate_kbps", "bitrate_switches", "resolution_p", "start_failure",
                   "exit_before_start", "playback_failure", "error_code", "completed"]
EVENT_COLUMNS = ["event_id", "session_id", "ts", "event_type", "duration_ms", "bitrate_kbps",
                 "error_code", "fatal", "cdn_pop"]


class Writer:
    """Streams CSV records to a file and knows the physical line each record starts on."""

    def __init__(self, path, columns, line_end="\n", bom=False):
        self.columns = columns
        self.file = open(path, "w", encoding="utf-8", newline="")
        if bom:
            self.file.write("\ufeff")
        self.scratch = io.StringIO()
        self.writer = csv.writer(self.scratch, lineterminator=line_end, quoting=csv.QUOTE_MINIMAL)
        self.next_line = 1
        self.add(columns)

    def add(self, values):
        """Writes one record; returns the physical line number it starts on."""
        self.scratch.seek(0)
        self.scratch.truncate()
        self.writer.writerow(values)
        text = self.scratch.getvalue()
        self.file.write(text)
        line = self.next_line
        self.next_line += text.count("\n")
        return line

    def add_dict(self, row):
        return self.add(["" if row.get(c) is None else row[c] for c in self.columns])

    def close(self):
        self.file.close()


def iso_date(days):
    return (datetime.date(1970, 1, 1) + datetime.timedelta(days=days)).isoformat()


def days_of(date):
    return (date - datetime.date(1970, 1, 1)).days


def format_ts(rng, ms, not_before=None):
    """Formats UTC ms in one of the accepted spellings; returns (text, value actually written).

    Spellings without a fraction drop the milliseconds, so the written value is floored; when
    that would fall before not_before, a spelling with milliseconds is used instead.
    """
    style = rng.randrange(7)
    whole = style in (1, 5)
    if whole and not_before is not None and ms - ms % 1000 < not_before:
        style, whole = 0, False
    if whole:
        ms -= ms % 1000
    offset_min = {2: 120, 5: -330, 6: 60}.get(style, 0)
    local = EPOCH + datetime.timedelta(milliseconds=ms + offset_min * 60_000)
    sep = " " if style in (3, 5) else "T"
    text = local.strftime("%Y-%m-%d") + sep + local.strftime("%H:%M:%S")
    if not whole:
        text += ".%03d" % (ms % 1000)
    if offset_min == 0:
        text += "Z"
    else:
        sign = "+" if offset_min > 0 else "-"
        text += "%s%02d:%02d" % (sign, abs(offset_min) // 60, abs(offset_min) % 60)
    return text, ms


def format_bool(rng, value):
    true_text, false_text = rng.choice([("true", "false"), ("1", "0"), ("yes", "no"), ("t", "f")])
    text = true_text if value else false_text
    case = rng.randrange(4)
    if case == 1:
        text = text.upper()
    elif case == 2:
        text = text.capitalize()
    return text


def format_milli(rng, milli):
    """A non-negative decimal given in thousandths, with 0-3 decimals written."""
    whole, frac = divmod(milli, 1000)
    if frac == 0 and rng.random() < 0.5:
        return str(whole)
    text = "%d.%03d" % (whole, frac)
    if rng.random() < 0.5:
        text = text.rstrip("0").rstrip(".")
    return text


def make_users(rng, count):
    users = []
    for i in range(count):
        uid = "u%05d" % (i + 1) if i % 10 else "acct-%06x" % rng.randrange(1 << 24) + "-%d" % i
        signup = days_of(datetime.date(2023, 1, 1)) + rng.randrange(1126)  # up to 2026-01-30
        plan = rng.choices(PLANS, [25, 30, 30, 15])[0]
        churned = rng.random() < 0.22
        churn_date = None
        if churned:
            last = days_of(datetime.date(2026, 3, 31))
            churn_date = signup if i % 7 == 0 else signup + rng.randrange(last - signup + 1)
        users.append({
            "user_id": uid,
            "signup_date": iso_date(signup),
            "country": rng.choices(COUNTRIES, COUNTRY_WEIGHTS)[0],
            "age": None if rng.random() < 0.1 else str(rng.choice([13, 110, rng.randint(13, 110)])
                                                       if i % 50 == 0 else rng.randint(16, 80)),
            "gender": None if rng.random() < 0.1 else rng.choice(["female", "male", "other", "unknown"]),
            "plan": plan,
            "monthly_fee": rng.choice(PLAN_FEES[plan]),
            "preferred_genre": None if rng.random() < 0.2 else rng.choice(GENRES),
            "churned": churned,
            "churn_date": None if churn_date is None else iso_date(churn_date),
            "referral_source": rng.choice(["", "tv_ad", "friend", "search, organic"]),
        })
    return users


QUIRKY_TITLES = [
    'The "Last" Stand, Part 2\nDirector\'s Cut',
    "Fast, Furious, Forever",
    'She said "hello"',
    "Line one\nline two",
    "Amélie à Paris – Épisode 3",
]


def make_content(rng, count):
    content = []
    types = ["movie", "episode", "live", "short"]
    for i in range(count):
        ctype = types[i] if i < 4 else rng.choices(types, [35, 40, 10, 15])[0]
        duration = {"movie": (5400, 9000), "episode": (1200, 3600), "live": (3600, 10800),
                    "short": (60, 600)}[ctype]
        title = QUIRKY_TITLES[i] if i < len(QUIRKY_TITLES) else "%s %d" % (rng.choice(
            ["Night", "River", "Signal", "Harbor", "Echo", "Summit"]), i)
        content.append({
            "content_id": "c%04d" % (i + 1),
            "title": title,
            "content_type": ctype,
            "genre": "sports" if ctype == "live" and rng.random() < 0.7 else rng.choice(GENRES),
            "release_year": None if rng.random() < 0.1 else str(rng.choice([1900, 2100]) if i == 9
                                                                else rng.randint(1950, 2026)),
            "duration_s": rng.randint(*duration),
            "maturity_rating": None if rng.random() < 0.2 else rng.choice(RATINGS),
            "avg_rating": None if rng.random() < 0.15 else format_milli(rng, rng.randint(0, 5000)),
            "language": None if rng.random() < 0.1 else rng.choice(LANGUAGES),
            "is_original": None if rng.random() < 0.2 else rng.random() < 0.3,
        })
    return content


def pick_start_ms(rng, index):
    day = rng.randrange(SESSION_DAYS)
    base = (days_of(FIRST_SESSION_DAY) + day) * DAY_MS
    if index % 997 == 0:  # exact day boundaries, both sides
        return base if index % 2 == 0 else base + DAY_MS - 1
    # Evening peak: hours weighted towards 18-23 UTC, with some night traffic.
    hour = rng.choices(range(24), [2, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 6, 8, 9, 9, 8, 6, 4])[0]
    return base + hour * 3_600_000 + rng.randrange(3_600_000)


def make_session(rng, sid, user, item, start_ms):
    """Returns the session row (as written) and its events' (ts_ms, fields) list."""
    device = rng.choices(DEVICES, DEVICE_WEIGHTS)[0]
    connection = rng.choices(CONNECTIONS, [55, 20, 20, 5] if device != "mobile" else [40, 55, 0, 5])[0]
    country = user["country"] if rng.random() < 0.9 else rng.choice(COUNTRIES)
    live = item["content_type"] == "live"
    u = rng.random()
    outcome = "start_failure" if u < 0.02 else "exit_before_start" if u < 0.07 else "started"
    started = outcome == "started"
    row = {
        "session_id": sid, "user_id": user["user_id"], "content_id": item["content_id"],
        "device_type": device,
        "os": None if rng.random() < 0.05 else rng.choice(OS_BY_DEVICE[device]),
        "player_version": None if rng.random() < 0.05 else rng.choice(["5.1.0", "5.2.0", "5.3.1", "6.0.0"]),
        "connection_type": connection, "cdn": rng.choices(CDNS, CDN_WEIGHTS)[0],
        "isp": None if rng.random() < 0.08 else rng.choice(ISPS[country]),
        "country": country, "stream_type": "live" if live else "vod",
        "startup_time_ms": None, "playing_time_s": 0, "rebuffer_count": 0, "rebuffer_time_ms": 0,
        "avg_bitrate_kbps": None, "bitrate_switches": 0, "resolution_p": None,
        "start_failure": outcome == "start_failure", "exit_before_start": outcome == "exit_before_start",
        "playback_failure": False, "error_code": None, "completed": False,
    }
    pop = None if rng.random() < 0.1 else rng.choice(POPS)
    events = []
    if not started:
        at = start_ms + rng.randint(50, 9000)
        if outcome == "start_failure":
            code = rng.choice(START_ERRORS)
            row["error_code"] = code
            events.append((at, {"event_type": "error", "error_code": code, "fatal": True}))
        else:
            events.append((at, {"event_type": "end"}))
        row["playing_time_s"] = "0" if rng.random() < 0.5 else "0.000"
        return row, events, pop

    slow = 1.6 if device == "smart_tv" else 1.0
    slow *= 1.4 if connection == "cellular" else 1.0
    startup = 0 if sid.endswith("777") else int(rng.lognormvariate(math.log(1300 * slow), 0.55))
    duration_ms = item["duration_s"] * 1000
    if live:
        playing_ms = rng.randint(0, duration_ms)
    elif rng.random() < 0.3:
        playing_ms = rng.randint(duration_ms * 9 // 10, duration_ms)
    else:
        playing_ms = rng.randint(0, duration_ms * 9 // 10 - 1)
    playback_failure = rng.random() < 0.015
    if playback_failure and rng.random() < 0.2:
        playing_ms = 0  # failed right after the first frame: no playing time, no stalls
    stalls = 0 if playing_ms == 0 or rng.random() < 0.68 else min(1 + int(rng.expovariate(0.6)), 12)
    stall_ms = [rng.randint(150, 9000) for _ in range(stalls)]
    rung_cap = {"mobile": 8, "tablet": 8, "desktop": 9}.get(device, 10)
    if connection == "cellular":
        rung_cap = min(rung_cap, 6)
    rung = LADDER[rng.randint(0, rung_cap)]
    switches = 0 if rng.random() < 0.3 else rng.randint(1, 9)
    row.update({
        "startup_time_ms": startup,
        "playing_time_s": format_milli(rng, playing_ms),
        "rebuffer_count": stalls, "rebuffer_time_ms": sum(stall_ms),
        "avg_bitrate_kbps": format_milli(rng, rung[0] * 1000 - rng.randint(0, rung[0] * 300)),
        "bitrate_switches": switches, "resolution_p": rung[1],
        "playback_failure": playback_failure,
        "completed": (not live) and playing_ms * 10 >= duration_ms * 9,
    })
    first_frame = start_ms + startup
    span = max(playing_ms + sum(stall_ms), 1)
    events.append((first_frame, {"event_type": "startup", "duration_ms": startup}))
    for d in stall_ms:
        events.append((first_frame + rng.randrange(span), {"event_type": "rebuffer", "duration_ms": d}))
    for _ in range(switches):
        kbps = rng.choice(LADDER[:rung_cap + 1])[0]
        events.append((first_frame + rng.randrange(span), {"event_type": "bitrate_change", "bitrate_kbps": kbps}))
    if rng.random() < 0.2:
        events.append((first_frame + rng.randrange(span), {"event_type": "seek"}))
    if playback_failure:
        code = rng.choice(PLAY_ERRORS)
        row["error_code"] = code
        events.append((first_frame + span, {"event_type": "error", "error_code": code, "fatal": True}))
    elif rng.random() < 0.05:
        code = rng.choice(SOFT_ERRORS)
        row["error_code"] = code
        events.append((first_frame + rng.randrange(span), {"event_type": "error", "error_code": code,
                                                          "fatal": False}))
        events.append((first_frame + span, {"event_type": "end"}))
    else:
        events.append((first_frame + span, {"event_type": "end"}))
    events.sort(key=lambda e: e[0])
    return row, events, pop


def session_text(rng, row, start_ms):
    out = dict(row)
    out["start_ts"], _ = format_ts(rng, start_ms)
    for key in ("start_failure", "exit_before_start", "playback_failure", "completed"):
        out[key] = format_bool(rng, row[key])
    return out


def bad_rows(rng, count, users, content, sessions, events, writers):
    """Appends count invalid rows of known kinds; returns their descriptions."""
    plain_session = next((s for s in sessions if not s["_started"]), None)
    if count and (plain_session is None or len(sessions) < 4):
        sys.exit("make_contract_files: --bad-rows needs more --sessions (none that never started)")
    templates = [
        ("unknown_enum", "sessions.csv", "device_type", "fridge"),
        ("bad_number", "users.csv", "age", "4x2"),
        ("dangling_reference", "performance_events.csv", "session_id", "s_missing"),
        ("duplicate_key", "content.csv", "content_id", content[1]["content_id"]),
        ("unknown_enum", "users.csv", "plan", "platinum"),
        ("bad_number", "sessions.csv", "playing_time_s", "12,5"),
        ("dangling_reference", "sessions.csv", "content_id", "c_missing"),
        ("duplicate_key", "users.csv", "user_id", users[2]["user_id"]),
        ("unknown_enum", "performance_events.csv", "event_type", "pause"),
        ("bad_number", "content.csv", "duration_s", "90 min"),
        ("duplicate_key", "sessions.csv", "session_id", sessions[3]["session_id"]),
        ("duplicate_key", "performance_events.csv", "event_id", events[0]["event_id"]),
    ]
    described = []
    for k in range(count):
        kind, file, column, value = templates[k % len(templates)]
        suffix = "_%d" % k
        if value in ("s_missing", "c_missing"):
            value += suffix
        if file == "users.csv":
            row = dict(users[0], user_id="bad_user" + suffix, churned=format_bool(rng, False), churn_date=None)
        elif file == "content.csv":
            row = dict(content[0], content_id="bad_content" + suffix, is_original="false")
        elif file == "sessions.csv":
            row = dict(plain_session, session_id="bad_session" + suffix)
        else:
            row = {"event_id": "bad_event" + suffix, "session_id": plain_session["session_id"],
                   "ts": plain_session["start_ts"], "event_type": "end"}
        row[column] = value
        line = writers[file].add_dict(row)
        described.append({"file": file, "line": line, "column": column, "kind": kind, "value": value})
    return described


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="directory to write the four CSV files into")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sessions", type=int, default=20000)
    parser.add_argument("--users", type=int, default=400)
    parser.add_argument("--titles", type=int, default=100)
    parser.add_argument("--bad-rows", type=int, default=0, metavar="K")
    args = parser.parse_args()
    if args.sessions < 1 or args.users < 20 or args.titles < 10 or args.bad_rows < 0:
        parser.error("need --sessions >= 1, --users >= 20, --titles >= 10, --bad-rows >= 0")

    rng = random.Random(args.seed)
    users = make_users(rng, args.users)
    content = make_content(rng, args.titles)
    # The last 5% of users never watch: unfiltered churn counts them, filtered churn does not.
    active = users[: args.users - max(1, args.users // 20)]
    # Cumulative weights once: choices() would re-add them on every call.
    user_weights = list(itertools.accumulate(rng.paretovariate(1.5) for _ in active))
    content_weights = list(itertools.accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(len(content))))

    os.makedirs(args.out, exist_ok=True)

    def path(name):
        return os.path.join(args.out, name)

    users_out = Writer(path("users.csv"), USER_COLUMNS, bom=True)
    for u in users:
        users_out.add_dict(dict(u, churned=format_bool(rng, u["churned"])))
    shuffled = list(CONTENT_COLUMNS)
    rng.shuffle(shuffled)
    content_out = Writer(path("content.csv"), shuffled)
    for c in content:
        content_out.add_dict(dict(c, is_original=None if c["is_original"] is None
                                  else format_bool(rng, c["is_original"])))

    sessions_out = Writer(path("sessions.csv"), SESSION_COLUMNS, line_end="\r\n")
    events_out = Writer(path("performance_events.csv"), EVENT_COLUMNS)
    # Only a few rows are kept for --bad-rows to copy; the files can hold millions.
    kept_sessions, kept_events = [], []
    event_number = 0
    for i in range(args.sessions):
        sid = "s%07d" % (i + 1)
        user = rng.choices(active, cum_weights=user_weights)[0]
        item = rng.choices(content, cum_weights=content_weights)[0]
        start_text, start_ms = format_ts(rng, pick_start_ms(rng, i))
        row, events, pop = make_session(rng, sid, user, item, start_ms)
        text = session_text(rng, row, start_ms)
        text["start_ts"] = start_text
        text["_started"] = row["startup_time_ms"] is not None
        sessions_out.add_dict(text)
        if len(kept_sessions) < 4 or (not text["_started"] and all(s["_started"] for s in kept_sessions[4:])):
            kept_sessions.append(text)
        for at, fields in events:
            event_number += 1
            ev = {"event_id": "e%08d" % event_number, "session_id": sid, "cdn_pop": pop}
            ev.update(fields)
            ev["ts"], _ = format_ts(rng, at, not_before=start_ms)
            if "fatal" in ev:
                ev["fatal"] = format_bool(rng, ev["fatal"])
            events_out.add_dict(ev)
            if not kept_events:
                kept_events.append(ev)

    writers = {"users.csv": users_out, "content.csv": content_out, "sessions.csv": sessions_out,
               "performance_events.csv": events_out}
    described = bad_rows(rng, args.bad_rows, users, content, kept_sessions, kept_events, writers)
    for writer in writers.values():
        writer.close()
    print("wrote %d users, %d titles, %d sessions, %d events to %s"
          % (len(users), len(content), args.sessions, event_number, args.out), file=sys.stderr)
    if args.bad_rows:
        json.dump(described, sys.stdout, indent=1)
        print()


if __name__ == "__main__":
    main()
