#!/usr/bin/env bash
# Load benchmark of the assessment API: POST /api/v1/assessments against /bench/fixed, a bare endpoint in the same host
# and run that returns the precomputed result of the same answers (same bytes, no work). The host is
# bench/Twitchwise.LoadHost: the real app plus that endpoint, which the production app does not carry. Prints both throughputs, their
# ratio (target >= 0.5, issue 14) and the p99 latency. Loopback only; each wrk run is bounded by DURATION.
#   DURATION=15s WARMUP=15s CONNECTIONS=32 THREADS=2 PORT=5099 bench/load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${DURATION:-15s}
warmup=${WARMUP:-15s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
port=${PORT:-5099}
base="http://127.0.0.1:${port}"
export ANSWERS_FILE="$PWD/bench/load/answers.json"

if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

dotnet build bench/Twitchwise.LoadHost -c Release -nologo -v q >/dev/null
ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Benchmark__AnswersFile="$ANSWERS_FILE" \
  dotnet bench/Twitchwise.LoadHost/bin/Release/net10.0/Twitchwise.LoadHost.dll >/tmp/twitchwise-bench.log 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true' EXIT

for _ in $(seq 1 60); do
  curl -fs "$base/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$base/health" >/dev/null || { echo "the app did not start; see /tmp/twitchwise-bench.log" >&2; exit 1; }

# One run of wrk against a path for a duration: prints "requests_per_second p99".
measure() {
  wrk -t "$threads" -c "$connections" -d "$2" --latency -s bench/load/post.lua "$base$1" |
    awk '/Requests\/sec/ { rps = $2 } / 99%/ { p99 = $2 } /Non-2xx/ { bad = $4 } END { if (bad) { print "non-2xx responses: " bad > "/dev/stderr"; exit 1 } print rps, p99 }'
}

# Warm up both (JIT, tiered compilation, caches), then measure. The API runs far more of our code than the bare endpoint,
# so it is still being recompiled (tier 1) for several seconds; on a busy machine (load average 12-18) 4-5 s was not
# enough: ratios of 0.03-0.09, against 0.14-0.23 after 20 s (bench/README.md).
measure /api/v1/assessments "$warmup" >/dev/null
measure /bench/fixed "$warmup" >/dev/null
read -r api_rps api_p99 < <(measure /api/v1/assessments "$duration")
read -r fixed_rps fixed_p99 < <(measure /bench/fixed "$duration")

echo "POST /api/v1/assessments  ${api_rps} req/s  p99 ${api_p99}"
echo "POST /bench/fixed         ${fixed_rps} req/s  p99 ${fixed_p99}"
awk -v a="$api_rps" -v f="$fixed_rps" 'BEGIN { r = a / f; printf "ratio %.2f (target >= 0.50): %s\n", r, (r >= 0.5 ? "met" : "NOT met") }'
