#!/usr/bin/env bash
# Checks the materialized product through the ./steelchain launcher, as an operator uses it:
# headless batch runs with no display, their output and exit codes, in English and Chinese.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$(mktemp -d)"
trap 'rm -rf "$DATA"' EXIT
passed=0
failed=0

# report NAME OK WANTED OUTPUT EXIT: counts one check and prints it, with the output when it failed
report() {
  if [ "$2" = ok ]; then
    passed=$((passed + 1)); echo "ok    $1"
  else
    failed=$((failed + 1)); echo "FAIL  $1 (exit $5, wanted $3)"; sed 's/^/      /' <<<"$4"
  fi
}

# check NAME EXPECTED_EXIT EXPECTED_TEXT -- COMMAND...
check() {
  local name="$1" want_exit="$2" want_text="$3"; shift 4
  local output exit_code verdict=failed
  output="$(env -u DISPLAY -u WAYLAND_DISPLAY "$@" 2>&1)"; exit_code=$?
  [ "$exit_code" -eq "$want_exit" ] && grep -qF -- "$want_text" <<<"$output" && verdict=ok
  report "$name" "$verdict" "$want_exit and '$want_text'" "$output" "$exit_code"
}

# refute NAME UNWANTED_TEXT -- COMMAND...: the command succeeds and does not print the text
refute() {
  local name="$1" unwanted="$2"; shift 3
  local output exit_code verdict=failed
  output="$(env -u DISPLAY -u WAYLAND_DISPLAY "$@" 2>&1)"; exit_code=$?
  [ "$exit_code" -eq 0 ] && ! grep -qF -- "$unwanted" <<<"$output" && verdict=ok
  report "$name" "$verdict" "0 and no '$unwanted'" "$output" "$exit_code"
}

sc=("$ROOT/steelchain" --data "$DATA")
check "batch --list names the health job"        0 "health  "                     -- "${sc[@]}" batch --list
check "health reports a healthy platform"         0 "Health: OK"                   -- "${sc[@]}" batch health
check "health remembers the previous run"         0 "health  batch  succeeded"     -- "${sc[@]}" batch health --runs 5
check "job options are explained"                 0 "--runs <whole number>"        -- "${sc[@]}" batch health --help
check "an unknown job is a usage error"           2 "Unknown job 'nosuch'"         -- "${sc[@]}" batch nosuch
check "an unknown option is a usage error"        2 "Valid options: --runs, --errors" -- "${sc[@]}" batch health --verbose
check "a bad value is a usage error"              2 "'ten' is not a valid whole number" -- "${sc[@]}" batch health --runs ten
check "batch --list names the demo-data job"      0 "demo-data  "                  -- "${sc[@]}" batch --list
check "a value out of a job's range is a usage error" 2 "Option --years must be between 1 and 10" -- "${sc[@]}" batch demo-data --years 0
check "demo-data fills an empty database"           0 "Demo data loaded"                 -- "${sc[@]}" batch demo-data --customers 40 --years 1
check "demo-data refuses a database with data"      1 "demo-data"                    -- "${sc[@]}" batch demo-data --customers 40 --years 1
check "segment-customers stores a run"              0 "Stored as run"                -- "${sc[@]}" batch segment-customers
check "forecast-demand forecasts every series"      0 "0 series skipped"             -- "${sc[@]}" batch forecast-demand
check "a job's own JVM options reach its runs"     0 "-XX:TieredStopAtLevel=1"     -- env STEELCHAIN_JAVA_OPTS=-XX:+PrintCommandLineFlags "${sc[@]}" batch segment-customers --input="$DATA/orders.csv" --help
refute "... only the runs given its job option"     "-XX:TieredStopAtLevel=1"     -- env STEELCHAIN_JAVA_OPTS=-XX:+PrintCommandLineFlags "${sc[@]}" batch segment-customers --help
mkdir -p "$DATA/drop" && printf 'not,an,orders,file\n' > "$DATA/drop/HT-99999999_bad.csv"
check "import-orders rejects a bad drop file"       1 "HT-99999999_bad.csv"          -- "${sc[@]}" batch import-orders --folder "$DATA/drop"
check "batch --list names the import job"       0 "Import customers, steel grades or orders from a CSV file"     -- "${sc[@]}" batch --list
check "import options are explained"              0 "--kind <customers|grades|orders>" -- "${sc[@]}" batch import --help
check "an unknown record kind is a usage error"   2 "Valid values: customers, grades, orders" -- "${sc[@]}" batch export --kind suppliers --file x.csv
check "Chinese texts follow the locale"           0 "运行状况：正常"                -- env LANG=zh_CN.UTF-8 "${sc[@]}" batch health
check "STEELCHAIN_DATA chooses the data folder"   0 "Data folder: $DATA"           -- env STEELCHAIN_DATA="$DATA" "$ROOT/steelchain" batch health
check "the desktop client says it needs a display" 2 "needs a display"             -- "${sc[@]}"

# The desktop client serves its database; a batch run started meanwhile works on the same data.
if [ -n "${DISPLAY:-}" ]; then
  "$ROOT/steelchain" --data "$DATA" >"$DATA/desktop.out" 2>&1 &
  desktop=$!
  for _ in $(seq 1 120); do
    [ -f "$DATA/database-server.properties" ] && break
    sleep 0.5
  done
  check "a batch run shares the open desktop client's database" 0 "through the desktop client's server" \
    -- "${sc[@]}" batch health
  kill "$desktop" 2>/dev/null
  wait "$desktop" 2>/dev/null
fi

# The same product on PostgreSQL: a throwaway server of this machine's PostgreSQL, on a free port.
# CI installs PostgreSQL and sets STEELCHAIN_REQUIRE_POSTGRES=1, so that there these checks cannot be skipped.
initdb="$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)"
if [ -n "$initdb" ]; then
  pg_bin="$(dirname "$initdb")"
  PG_DIR="$(mktemp -d)"
  as_pg=()
  if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root.
    chown postgres "$PG_DIR"; as_pg=(runuser -u postgres --)
  fi
  pg_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  trap '"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1; rm -rf "$DATA" "$PG_DIR"' EXIT
  if "${as_pg[@]}" "$pg_bin/initdb" -D "$PG_DIR/data" -U steelchain -A trust -E UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 \
    && "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
         -o "-p $pg_port -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null \
    && "${as_pg[@]}" "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U steelchain steelchain; then
    PG_URL="jdbc:postgresql://127.0.0.1:$pg_port/steelchain"
    PG_DATA="$(mktemp -d)"
    pg=(env STEELCHAIN_DB_USER=steelchain "$ROOT/steelchain" --data "$PG_DATA" --db "$PG_URL")
    check "health names the PostgreSQL server"        0 "$PG_URL"                      -- "${pg[@]}" batch health
    check "demo-data fills PostgreSQL"                 0 "Demo data loaded"             -- "${pg[@]}" batch demo-data --customers 40 --years 1
    check "segment-customers on PostgreSQL"            0 "Stored as run"                -- "${pg[@]}" batch segment-customers
    check "forecast-demand on PostgreSQL"              0 "0 series skipped"             -- "${pg[@]}" batch forecast-demand
    check "export from PostgreSQL"                     0 "40"                           -- "${pg[@]}" batch export --kind customers --file "$PG_DATA/customers.csv"
    check "re-importing the export changes nothing"    0 "unchanged"                    -- "${pg[@]}" batch import --kind customers --file "$PG_DATA/customers.csv"
    sed '2s/^\([^,]*\),[^,]*,/\1,,/' "$PG_DATA/customers.csv" > "$PG_DATA/bad.csv"
    check "a bad file names row and column, writes nothing" 1 "bad.csv:2:"              -- "${pg[@]}" batch import --kind customers --file "$PG_DATA/bad.csv"
    check "a second process finds the schema up to date" 0 "Health: OK"                 -- "${pg[@]}" batch health
    rm -rf "$PG_DATA"
  else
    failed=$((failed + 1)); echo "FAIL  a PostgreSQL server for the checks could not be started"
    cat "$PG_DIR"/*.log 2>/dev/null | sed 's/^/      /'
  fi
elif [ "${STEELCHAIN_REQUIRE_POSTGRES:-0}" = 1 ]; then
  failed=$((failed + 1)); echo "FAIL  PostgreSQL checks: no PostgreSQL server installed"
else
  echo "skip  PostgreSQL checks: no PostgreSQL server installed (apt-get install postgresql)"
fi

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
