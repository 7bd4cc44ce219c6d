#!/usr/bin/env bash
# The README's test command. Sets up what the tests need and a bare machine of this kind lacks (a PostgreSQL
# server, Chromium and axe-core for the browser tests), quickly when all is there, then runs every test.
# Arguments go to `dotnet test` (e.g. ./test.sh --filter Journal).
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK is missing; install the version in global.json (this machine kind ships it at /usr/share/dotnet)." >&2
  exit 1
fi

# The NegEx annotation set has no licence to redistribute it, so the repo does not hold it; where the shared material
# sits beside the repo (as in CI), its evaluation runs against it instead of being skipped.
if [ -z "${TWITCHWISE_NEGEX_FILE:-}" ] && [ -f ../shared/testdata/negex/rsAnnotations-1-120-random.txt ]; then
  export TWITCHWISE_NEGEX_FILE="$PWD/../shared/testdata/negex/rsAnnotations-1-120-random.txt"
fi

# PostgreSQL for the storage tests: install when missing, start when stopped, make the test role; quick when all is there.
# The tests read TWITCHWISE_TEST_POSTGRES and are skipped (visibly) only when it is unset.
as_postgres() { (cd /tmp && runuser -u postgres -- "$@"); }
setup_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
      echo "PostgreSQL is missing and cannot be installed here (needs root and apt-get); its tests will be skipped." >&2
      return 1
    fi
    echo "Installing PostgreSQL (once per machine)..."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
  fi
  local version port
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  if ! pg_lsclusters -h 2>/dev/null | grep -q "^${version} main"; then
    pg_createcluster "$version" main >/dev/null || return 1
  fi
  # No systemd here: start the cluster directly when it is down.
  if ! pg_lsclusters -h | grep -q "^${version} main .*online"; then
    pg_ctlcluster "$version" main start || return 1
  fi
  port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
  as_postgres psql -q -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'twitchwise'" | grep -q 1 \
    || as_postgres psql -q -p "$port" -c "CREATE ROLE twitchwise LOGIN CREATEDB PASSWORD 'twitchwise'" || return 1
  as_postgres psql -q -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'twitchwise_test'" | grep -q 1 \
    || as_postgres createdb -p "$port" -O twitchwise twitchwise_test || return 1
  export TWITCHWISE_TEST_POSTGRES="Host=127.0.0.1;Port=${port};Username=twitchwise;Password=twitchwise;Database=twitchwise_test"
  echo "PostgreSQL ${version} on port ${port} for the storage tests."
}
if [ -z "${TWITCHWISE_TEST_POSTGRES:-}" ]; then
  setup_postgres || true
fi
if [ -z "${TWITCHWISE_TEST_POSTGRES:-}" ]; then
  echo "WARNING: no PostgreSQL server; the PostgreSQL storage tests will be SKIPPED (TWITCHWISE_TEST_POSTGRES is not set)." >&2
fi
# --- Browser tests of the web app: Debian's Chromium and axe-core from npm, installed only when missing. ---
# The browser tests fail (never skip) under CI=true when these are absent, so a bare machine cannot pass silently.
apt_update_once() { if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi; }
if [ ! -x /usr/bin/chromium ]; then
  apt_update_once
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
# This machine kind ships NodeSource's nodejs, which bundles npm and conflicts with Debian's npm package:
# ask apt for npm only when there is no npm at all.
if ! command -v npm >/dev/null 2>&1; then
  apt_update_once
  if command -v node >/dev/null 2>&1; then
    echo "node is installed without npm; install npm for that Node.js to run the browser tests." >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
if [ ! -f tests/Twitchwise.Web.Tests/node_modules/axe-core/axe.min.js ]; then
  (cd tests/Twitchwise.Web.Tests && npm ci --no-audit --no-fund --loglevel=error)
fi
# --- end of the browser-test block ---

dotnet test Twitchwise.slnx "$@"
