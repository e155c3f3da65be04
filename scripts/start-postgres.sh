#!/usr/bin/env bash
# Installs (Debian) and starts a throw-away PostgreSQL server on 127.0.0.1:54329 for the benchmark,
# then prints the DATABASE_URL to use:  eval "$(bash scripts/start-postgres.sh)" && npm run bench
set -euo pipefail
PGPORT=${PGPORT:-54329}
DATA=${PGDATA_DIR:-/tmp/sanad-pg}
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) 1>&2
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
RUNAS=()
[ "$(id -u)" = 0 ] && RUNAS=(runuser -u postgres --)
if [ ! -f "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA" && chown -R postgres "$DATA" 2>/dev/null || true
  "${RUNAS[@]}" "$BIN/initdb" -D "$DATA" -U postgres --auth=trust >/dev/null
fi
if ! "${RUNAS[@]}" "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  "${RUNAS[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1" -w start >/dev/null
fi
echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PGPORT/postgres"
