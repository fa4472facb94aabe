#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The two README commands in one script, so they stay true on a fresh Debian 12 machine:
#   bash packaging/bootstrap.sh run    install what is missing, build, start the app on demo data
#   bash packaging/bootstrap.sh test   install what is missing, build, run the whole test suite
# PRESET=asan selects the sanitizer build for `test`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-}
preset=${PRESET:-release}

install_deps() {
    mapfile -t pkgs < packaging/deps.txt
    local missing=()
    for p in "${pkgs[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

# A throw-away PostgreSQL on loopback for the tests that need a server (no systemd needed).
start_postgres() {
    local pgbin
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    PG_DIR=$(mktemp -d)
    local port=${STREAMLENS_TEST_PG_PORT:-54329}
    local as=""
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$PG_DIR"
        as="su postgres -s /bin/sh -c"
    else
        as="sh -c"
    fi
    $as "$pgbin/initdb -D $PG_DIR/data -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
    $as "$pgbin/pg_ctl -D $PG_DIR/data -l $PG_DIR/log -o '-h 127.0.0.1 -p $port -k $PG_DIR' -w start" >/dev/null
    PG_STOP="$as \"$pgbin/pg_ctl -D $PG_DIR/data -m fast -w stop\""
    trap 'eval "$PG_STOP" >/dev/null 2>&1 || true' EXIT
    "$pgbin/../bin/createdb" -h 127.0.0.1 -p "$port" -U postgres streamlens_test 2>/dev/null ||
        createdb -h 127.0.0.1 -p "$port" -U postgres streamlens_test
    export STREAMLENS_TEST_PG="host=127.0.0.1 port=$port dbname=streamlens_test user=postgres"
    echo "PostgreSQL for tests on 127.0.0.1:$port"
}

case "$mode" in
deps)
    install_deps
    ;;
run)
    install_deps
    build
    exec "build/$preset/app/streamlens" --demo
    ;;
test)
    install_deps
    build
    start_postgres
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    chmod 700 "$XDG_RUNTIME_DIR"
    ctest --preset "$preset" -j2
    ;;
*)
    echo "usage: bash packaging/bootstrap.sh run|test|deps" >&2
    exit 2
    ;;
esac
