#!/usr/bin/env bash
# Schemathesis CLI against the open-data API of a throwaway demo server.
#
# Migrates and seeds a temporary SQLite database, serves it with Django's
# server on 127.0.0.1 (no rate limit), and runs every check of schemathesis on
# every operation of /api/v1/openapi.json, positive and negative inputs.
# Fails on any server error or response that breaks the schema. Offline,
# bounded: SCHEMATHESIS_MAX_TIME seconds of testing (default 150).
#
#   scripts/schemathesis.sh            # port 8791, or SCHEMATHESIS_PORT
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

PORT="${SCHEMATHESIS_PORT:-8791}"
MAX_TIME="${SCHEMATHESIS_MAX_TIME:-150}"
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=schule.settings.test
export DATABASE_URL="sqlite:///$WORK/db.sqlite3"
export API_RATE_LIMIT=0
export MEDIA_ROOT="$WORK/media"

echo "== Demo database"
.venv/bin/python manage.py migrate --verbosity 0
.venv/bin/python manage.py seed_demo > "$WORK/seed.log"

echo "== Server on 127.0.0.1:$PORT"
.venv/bin/python manage.py runserver "127.0.0.1:$PORT" --noreload > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 30); do
  curl -fsS "http://127.0.0.1:$PORT/api/v1/" > /dev/null 2>&1 && break
  sleep 1
done

echo "== schemathesis (at most $MAX_TIME s)"
status=0
# From the temporary directory, so schemathesis's cache stays out of the repository.
(cd "$WORK" && "$ROOT/.venv/bin/schemathesis" run "http://127.0.0.1:$PORT/api/v1/openapi.json" \
  --checks all \
  --max-time "$MAX_TIME" \
  --max-examples 40 \
  --generation-deterministic \
  --request-timeout 30 \
  --no-color) || status=$?
if [ "$status" -ne 0 ]; then
  echo "-- server log (last 40 lines)"
  tail -n 40 "$WORK/server.log"
fi
exit "$status"
