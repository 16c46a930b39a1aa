#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL from Debian's packages on 127.0.0.1:25432 with database and
# user `sandiao` (password `sandiao`). Used by .ci/run; handy for running the tests against PostgreSQL by hand.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGDATA=${PGDATA:-/tmp/sandiao-pgdata}
PORT=25432   # below the kernel's ephemeral range (32768-60999): no outgoing connection can hold it

case "${1:-start}" in
  start)
    if [ -d "$PGDATA" ]; then
      su postgres -c "$PGBIN/pg_ctl -D $PGDATA -m fast stop" >/dev/null 2>&1 || true
      rm -rf "$PGDATA"
    fi
    mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA"
    su postgres -c "$PGBIN/initdb -D $PGDATA -E UTF8 --locale=C.UTF-8 -A trust" >/dev/null
    su postgres -c "$PGBIN/pg_ctl -D $PGDATA -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -l $PGDATA/server.log -w start" >/dev/null
    su postgres -c "psql -h /tmp -p $PORT -qc \"create user sandiao password 'sandiao'\""
    su postgres -c "psql -h /tmp -p $PORT -qc 'create database sandiao owner sandiao'"
    echo "PostgreSQL on 127.0.0.1:$PORT (database sandiao)"
    ;;
  stop)
    su postgres -c "$PGBIN/pg_ctl -D $PGDATA -m fast stop" >/dev/null 2>&1 || true
    ;;
esac
