#!/usr/bin/env bash
# Dashboard render times at region size, on SQLite and (if reachable) PostgreSQL.
# Uses throwaway databases; prints the figures the README quotes.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
run() {
  DATABASE_URL="$1" $PY manage.py migrate --noinput -v0
  DATABASE_URL="$1" $PY manage.py seed_demo >/dev/null
  DATABASE_URL="$1" $PY manage.py bench_dashboards --kommunen 59 --indicators 50 --runs "${RUNS:-20}"
}
tmp=$(mktemp -d)
run "sqlite:///$tmp/bench.sqlite3"
if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS schule_bench_dash WITH (FORCE)"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE schule_bench_dash"
  run "postgres://postgres@127.0.0.1:5432/schule_bench_dash"
fi
rm -rf "$tmp"
