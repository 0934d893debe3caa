#!/bin/sh
# Install the system packages the test suite drives (idempotent; does nothing when present).
# chromium: the widget's browser tests run Debian's package headless via Playwright, so no
# browser is ever downloaded by Playwright itself.
set -eu

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
else
    SUDO="sudo"
fi

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
# postgresql: scripts/test-postgres.sh starts a throwaway cluster from its initdb/pg_ctl
# (skipped when REFERRAL_TEST_POSTGRES_URL names a server that is already running).
if [ -z "${REFERRAL_TEST_POSTGRES_URL:-}" ] && ! command -v initdb >/dev/null 2>&1 \
    && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    missing="$missing postgresql"
fi

if [ -n "$missing" ]; then
    echo "provision-test-deps: installing$missing"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086  # word splitting of the package list is intended
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi

# redis-server: the shared rate-limit store's tests start a throwaway one on a free port.
# Optional: where it cannot be installed those tests skip and the rest still run.
if ! command -v redis-server >/dev/null 2>&1; then
    echo "provision-test-deps: installing redis-server"
    { $SUDO apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
            redis-server; } \
        || echo "provision-test-deps: no redis-server; the Redis rate-limit tests will skip"
fi
