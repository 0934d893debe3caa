#!/bin/sh
# Run a command with REFERRAL_TEST_POSTGRES_URL pointing at a PostgreSQL server.
#
#   scripts/test-postgres.sh .venv/bin/pytest
#
# When REFERRAL_TEST_POSTGRES_URL is already set, that server is used as is. Otherwise a
# throwaway cluster is created in a temporary directory on a free loopback port (initdb +
# pg_ctl from Debian's `postgresql` package, which scripts/provision-test-deps.sh installs),
# run as the `postgres` user when we are root (PostgreSQL refuses to run as root), and
# removed when the command ends. Trust auth is fine: it listens on 127.0.0.1 only, lives
# for one test run and holds nothing but test data.
set -eu

if [ -n "${REFERRAL_TEST_POSTGRES_URL:-}" ]; then
    exec "$@"
fi

bindir=""
if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    bindir="$(dirname "$(command -v pg_ctl)")"
else
    for candidate in /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/pg_ctl" ] && bindir="$candidate"
    done
fi
if [ -z "$bindir" ]; then
    echo "test-postgres: PostgreSQL is not installed (run scripts/provision-test-deps.sh)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

datadir="$(mktemp -d "${TMPDIR:-/tmp}/referral-pg.XXXXXX")"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$datadir"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

cleanup() {
    as_owner "$bindir/pg_ctl" -D "$datadir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$datadir"
}
trap cleanup EXIT INT TERM

as_owner "$bindir/initdb" -D "$datadir/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >"$datadir/initdb.log" 2>&1 || { cat "$datadir/initdb.log" >&2; exit 1; }
# Durability is pointless for a cluster that is deleted after the run; turning it off
# makes CREATE DATABASE per test module cheap.
as_owner "$bindir/pg_ctl" -D "$datadir/data" -l "$datadir/server.log" -w -t 60 start \
    -o "-p $port -k $datadir -c listen_addresses=127.0.0.1 -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    >/dev/null || { cat "$datadir/server.log" >&2; exit 1; }

export REFERRAL_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
echo "test-postgres: throwaway PostgreSQL on 127.0.0.1:$port" >&2
status=0
"$@" || status=$?
exit "$status"
