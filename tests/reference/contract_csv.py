# SPDX-License-Identifier: MIT
"""Reading contract CSV files and parsing their values, written from the contract alone.

Shared by reference_kpis.py and validate_contract_files.py. Values are parsed exactly:
decimals become fractions.Fraction, timestamps integer UTC milliseconds, dates day numbers.
"""

import csv
import datetime
import os
import re
from fractions import Fraction

TABLE_FILES = {"users": "users.csv", "content": "content.csv", "sessions": "sessions.csv",
               "performance_events": "performance_events.csv"}

ENUMS = {
    ("users", "gender"): ["female", "male", "other", "unknown"],
    ("users", "plan"): ["free", "basic", "standard", "premium"],
    ("content", "content_type"): ["movie", "episode", "live", "short"],
    ("sessions", "device_type"): ["mobile", "tablet", "desktop", "smart_tv", "console", "streaming_stick"],
    ("sessions", "connection_type"): ["wifi", "cellular", "ethernet", "unknown"],
    ("sessions", "stream_type"): ["vod", "live"],
    ("performance_events", "event_type"): ["startup", "rebuffer", "bitrate_change", "error", "seek", "end"],
}

_TS = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?"
                 r"(Z|[+-]\d{2}:?\d{2})?$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_INT = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_EPOCH_ORDINAL = datetime.date(1970, 1, 1).toordinal()
DAY_MS = 86_400_000
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


class ContractError(ValueError):
    """A value or file that does not follow the contract; the message says where."""

    def __init__(self, message, file=None, line=None, column=None, value=None):
        super().__init__(message)
        self.file, self.line, self.column, self.value = file, line, column, value


def fail(table, row, column, reason, value=None):
    raise ContractError("%s: %s" % (where(table, row, column), reason), TABLE_FILES[table],
                        row["_line"], column, value)


def read_table(directory, table):
    """Rows of one contract file as dicts (BOM, CRLF, quoted newlines handled by csv).

    Each row gets "_line", the physical line it starts on, for messages.
    """
    path = os.path.join(directory, TABLE_FILES[table])
    if not os.path.exists(path):
        raise ContractError("%s: file not found" % path)
    rows = []
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        try:
            header = next(reader)
        except StopIteration:
            raise ContractError("%s: empty file" % path) from None
        line = reader.line_num + 1
        for record in reader:
            if len(record) != len(header):
                raise ContractError("%s:%d: %d fields, header has %d"
                                    % (TABLE_FILES[table], line, len(record), len(header)))
            row = dict(zip(header, record))
            row["_line"] = line
            rows.append(row)
            line = reader.line_num + 1
    return rows


def where(table, row, column):
    return "%s:%d: column %s" % (TABLE_FILES[table], row["_line"], column)


def text(table, row, column, required=True):
    value = row.get(column)
    if value is None:
        raise ContractError("%s: missing column %s" % (TABLE_FILES[table], column))
    if value == "":
        if required:
            fail(table, row, column, "required value is empty")
        return None
    return value


def integer(table, row, column, required=True):
    value = text(table, row, column, required)
    if value is None:
        return None
    if not _INT.match(value):
        fail(table, row, column, "not an integer: %r" % value, value)
    return int(value)


def decimal(table, row, column, required=True):
    value = text(table, row, column, required)
    if value is None:
        return None
    if not _DECIMAL.match(value):
        fail(table, row, column, "not a decimal: %r" % value, value)
    return Fraction(value)


def boolean(table, row, column, required=True):
    value = text(table, row, column, required)
    if value is None:
        return None
    lowered = value.lower()
    if lowered in ("true", "1", "yes", "t"):
        return True
    if lowered in ("false", "0", "no", "f"):
        return False
    fail(table, row, column, "not a boolean: %r" % value, value)


def date_days(table, row, column, required=True):
    value = text(table, row, column, required)
    if value is None:
        return None
    m = _DATE.match(value)
    try:
        return datetime.date(*map(int, m.groups())).toordinal() - _EPOCH_ORDINAL
    except (AttributeError, ValueError):
        fail(table, row, column, "not a date: %r" % value, value)


def timestamp_ms(table, row, column, required=True):
    """ISO-8601 → UTC milliseconds. A missing zone designator is read as UTC."""
    value = text(table, row, column, required)
    if value is None:
        return None
    m = _TS.match(value)
    try:
        y, mo, d, hh, mi, ss, frac, zone = m.groups()
        days = datetime.date(int(y), int(mo), int(d)).toordinal() - _EPOCH_ORDINAL
        if int(hh) > 23 or int(mi) > 59 or int(ss) > 59:
            raise ValueError
    except (AttributeError, ValueError):
        fail(table, row, column, "not a timestamp: %r" % value, value)
    ms = ((days * 24 + int(hh)) * 60 + int(mi)) * 60_000 + int(ss) * 1000
    if frac:
        ms += int(frac.ljust(3, "0"))
    if zone and zone != "Z":
        digits = zone[1:].replace(":", "")
        offset = (int(digits[:2]) * 60 + int(digits[2:])) * 60_000
        ms -= offset if zone[0] == "+" else -offset
    return ms


def enum(table, row, column, required=True):
    value = text(table, row, column, required)
    allowed = ENUMS[(table, column)]
    if value is not None and value not in allowed:
        fail(table, row, column, "unknown value %r (expected one of %s)" % (value, ", ".join(allowed)),
             value)
    return value


def utc_day_text(ms):
    return (datetime.date(1970, 1, 1) + datetime.timedelta(days=ms // DAY_MS)).isoformat()


def utc_hour(ms):
    return (ms % DAY_MS) // 3_600_000


def utc_weekday(ms):
    # 1970-01-01 was a Thursday (ISO index 3).
    return WEEKDAYS[(ms // DAY_MS + 3) % 7]
