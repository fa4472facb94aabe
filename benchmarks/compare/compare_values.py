#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks that a benchmark's KPI values agree with the independent Python reference.

    compare_values.py RESULT.json DIR [--tolerance 1e-12]

RESULT.json is what `dashboard_datatable.R DIR --json RESULT.json` (or any tool writing the
same {"Q1": {...}, ..., "Q6": {...}, "q2_from": ..., "q2_to_inclusive": ...} shape) wrote;
DIR holds the contract CSV files. Each query is recomputed with
tests/reference/reference_kpis.py and every value present in RESULT.json is compared
(relative difference, absolute below 1e-3). Exit code 0 when all agree.
"""

import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE = os.path.join(HERE, "..", "..", "tests", "reference", "reference_kpis.py")


def reference(directory, args):
    out = subprocess.run([sys.executable, REFERENCE, directory] + args, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def agree(expected, actual, tolerance):
    if expected is None or actual is None:
        return expected is None and actual is None
    return abs(expected - actual) <= tolerance * max(abs(expected), abs(actual), 1e-3)


def compare(name, expected, actual, tolerance, problems):
    def values(e, a, where):
        for key, value in a.items():
            if key not in e:
                problems.append("%s %s: key not in the reference" % (name, where + key))
            elif not agree(e[key], value, tolerance):
                problems.append("%s %s: reference %r, benchmark %r" % (name, where + key, e[key], value))

    if "all" in actual:
        values(expected["all"], actual["all"], "")
        return
    eg, ag = expected["groups"], actual["groups"]
    if set(eg) != set(ag):
        problems.append("%s: groups differ: %s" % (name, sorted(set(eg) ^ set(ag))))
    for key in sorted(set(eg) & set(ag)):
        values(eg[key], ag[key], "%s=%s " % (actual["by"], key))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("result")
    parser.add_argument("directory")
    parser.add_argument("--tolerance", type=float, default=1e-12)
    args = parser.parse_args()
    with open(args.result, encoding="utf-8") as f:
        result = json.load(f)
    q2 = ["--where", "stream_type=vod", "--where", "device_type=smart_tv,mobile",
          "--from", result["q2_from"], "--to", result["q2_to_inclusive"]]
    queries = {"Q1": [], "Q2": q2, "Q3": ["--by", "cdn"], "Q4": ["--by", "device_type"],
               "Q5": ["--by", "country"], "Q6": ["--by", "day"]}
    problems = []
    for name, query_args in queries.items():
        compare(name, reference(args.directory, query_args), result[name], args.tolerance, problems)
    for p in problems:
        print(p)
    print("%s: %d disagreement(s) over Q1-Q6" % ("FAIL" if problems else "OK", len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
