#!/bin/sh
# Container start: migrate, optionally seed, then serve on $PORT.
# Migrating from every replica at once is safe: on PostgreSQL `referral-router migrate`
# holds an advisory lock, so one replica migrates and the others find the schema current.
# Any arguments run instead (e.g. `docker run IMAGE referral-router import-hsds /data`).
set -eu

if [ "$#" -gt 0 ]; then
    exec "$@"
fi

referral-router migrate
if [ "${REFERRAL_SEED_ON_START:-false}" = "true" ]; then
    # Idempotent; loads seed/ including the sample directory, which is marked sample.
    referral-router seed
fi
exec referral-router serve \
    --host "${HOST:-0.0.0.0}" \
    --port "${PORT:-8000}" \
    --workers "${WEB_CONCURRENCY:-1}"
