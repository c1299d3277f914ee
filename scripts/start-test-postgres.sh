#!/usr/bin/env bash
# Starts (or reuses) a throwaway Postgres cluster on loopback for the integration suite and prints
# its DATABASE_URL on stdout. Idempotent: a second run finds the running cluster and the database.
# Works as root (runs the server as `postgres`) or as the postgres user itself.
set -euo pipefail

PGDATA_DIR="${PGDATA_DIR:-/tmp/pg}"
PGPORT="${PGPORT:-54329}"
DB_NAME="${DB_NAME:-leadscout_test}"

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -n "$dir" ]; then echo "$dir"; return; fi
  dirname "$(command -v pg_ctl)"
}
BIN="$(find_bin)"
# The postgres user may not be allowed into the caller's working directory.
cd /tmp

as_postgres() {
  if [ "$(id -un)" = "postgres" ]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    runuser -u postgres -- "$@"
  else
    su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
  fi
}

if [ "$(id -u)" = "0" ]; then
  mkdir -p "$PGDATA_DIR"
  chown postgres:postgres "$PGDATA_DIR"
  chmod 700 "$PGDATA_DIR"
fi

if [ ! -s "$PGDATA_DIR/PG_VERSION" ]; then
  as_postgres "$BIN/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
fi

if ! as_postgres "$BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
  # Loopback only; the socket directory is the data dir so no system paths are needed.
  as_postgres "$BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA_DIR" start >&2
fi

for _ in $(seq 1 60); do
  if "$BIN/pg_isready" -h 127.0.0.1 -p "$PGPORT" -U postgres >/dev/null 2>&1; then break; fi
  sleep 1
done

exists="$("$BIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -tAc \
  "select 1 from pg_database where datname = '$DB_NAME'")"
if [ "$exists" != "1" ]; then
  "$BIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres "$DB_NAME"
fi

echo "postgres://postgres@127.0.0.1:$PGPORT/$DB_NAME"
