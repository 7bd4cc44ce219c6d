#!/usr/bin/env bash
# Whole-process wall time of each `twitchwise` command beside a hello-world .NET console app built and started the
# same way (Release, framework-dependent, through its apphost), median of N runs, printed as a ratio to hello-world.
# The machine is shared, so only the ratios (both measured in the same run) mean much.
# Usage: bench/cli-startup.sh [runs, default 7]. Needs hyperfine (apt-get install hyperfine) and python3.
# To measure an older commit: git archive COMMIT | tar -x -C /tmp/old && TWITCHWISE_SRC=/tmp/old bench/cli-startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
src=${TWITCHWISE_SRC:-.}
case "$(uname -m)" in aarch64 | arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install hyperfine" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 TWITCHWISE_DB="$work/journal.db" NO_COLOR=1

# Hello world, with the repo's own build settings (Directory.Build.props) so both get the same compiler options.
mkdir -p "$work/hello"
cat > "$work/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
</Project>
XML
echo 'Console.WriteLine("Hello, World!");' > "$work/hello/Program.cs"
# Both as the README's publish makes them for this platform, framework-dependent so both start the same shared runtime.
dotnet publish "$work/hello" -c Release -r "$rid" --self-contained false -o "$work/hello/out" -v q -nologo >/dev/null
dotnet publish "$src/src/Twitchwise.Cli" -c Release -r "$rid" --self-contained false -o "$work/cli" -v q -nologo >/dev/null
tw="$work/cli/twitchwise"

# Inputs: an answers file, and a journal holding a year of entries (about 6 a day).
echo '{"answers": {"episode.kind": "spasm", "hydration.heavy_sweating": true, "symptom.chest_pain": false}}' > "$work/a.json"
python3 - "$work/year.jsonl" <<'PY'
import datetime, json, random, sys
random.seed(1)
start = datetime.date(2025, 1, 1)
with open(sys.argv[1], "w") as f:
    for d in range(365):
        day = start + datetime.timedelta(days=d)
        at = lambda h: f"{day}T{h:02d}:00:00+01:00"
        rows = [
            {"type": "sleep", "night_of": str(day - datetime.timedelta(days=1)), "hours": round(random.uniform(5, 9), 1)},
            {"type": "caffeine", "at": at(9), "mg": random.choice([0, 95, 190, 285])},
            {"type": "fluid", "at": at(12), "liters": 0.5, "electrolytes": random.random() < 0.3},
            {"type": "stress", "day": str(day), "level": random.randint(1, 9)},
        ]
        if d % 2 == 0:
            rows.append({"type": "workout", "start": at(7), "sport": "run", "minutes": random.randint(20, 90), "rpe": random.randint(3, 9),
                         "distance_km": None, "hot": False, "warmed_up": True, "cooled_down": False, "electrolytes": False, "source": "manual"})
        if random.random() < 0.3:
            rows.append({"type": "episode", "at": at(18), "kind": "twitch", "locations": ["calf"], "seconds": 20, "pain": 1, "notes": ""})
        for r in rows:
            f.write(json.dumps(r) + "\n")
PY
"$tw" import "$work/year.jsonl" >/dev/null

hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/r.json" --style none \
  -n hello "$work/hello/out/hello" \
  -n "version" "$tw --version" \
  -n questions "$tw questions" \
  -n knowledge "$tw knowledge" \
  -n "assess --answers" "$tw assess --answers $work/a.json" \
  -n "log caffeine 100" "$tw log caffeine 100" \
  -n "journal" "$tw journal" \
  -n "insights (a year)" "$tw insights" >/dev/null

if [ -n "${BENCH_JSON:-}" ]; then cp "$work/r.json" "$BENCH_JSON"; fi
python3 - "$work/r.json" "$runs" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
hello = results[0]["median"]
print(f"median of {sys.argv[2]} runs, whole process")
print("| command | ms | x hello-world |")
print("|---|---:|---:|")
for r in results:
    print(f"| `{r['command']}` | {r['median'] * 1000:.0f} | {r['median'] / hello:.1f} |")
PY
