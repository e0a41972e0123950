#!/usr/bin/env bash
# Profiles one detector job at saturation: runs `./sentinelle bench` (throughput phase only) for the
# job, records 20 s of Java Flight Recorder on the job's JVM once it is busy, and prints where the
# samples went per thread and per frame (benchmarks/jfr-summary.py).
#
#   benchmarks/profile-job.sh restaurant-hygiene [out-dir] [extra bench options...]
#   BACKLOG=2000000 benchmarks/profile-job.sh water-quality /tmp/water-profile
#   BACKLOG=6000000 WARMUP=50 PROFILE_DELAY=60 benchmarks/profile-job.sh restaurant-hygiene   # steady state
# (BACKLOG, WARMUP and PROFILE_DELAY set what the script passes itself; picocli takes an option once.)
set -euo pipefail
cd "$(dirname "$0")/.."
job="${1:?job: restaurant-hygiene or water-quality}"; shift
out="${1:-var/profile-$job}"; [ $# -gt 0 ] && shift
case "$job" in
  restaurant-hygiene) main=fr.sentinelle.jobs.hygiene.HygieneJob ;;
  water-quality) main=fr.sentinelle.jobs.water.WaterJob ;;
  *) echo "unknown job $job" >&2; exit 2 ;;
esac
mkdir -p "$out"
out="$(cd "$out" && pwd)"   # absolute: jcmd writes from the job's directory
./sentinelle bench --jobs "$job" --phases throughput --backlog "${BACKLOG:-3000000}" --warmup "${WARMUP:-10}" \
  --rounds 2 --round-seconds 10 \
  --data-dir "$out/data" "$@" > "$out/report.json" 2> "$out/progress.txt" &
bench=$!
pid=""
for _ in $(seq 1 600); do
  pid=$(pgrep -f "$main" | head -1 || true)
  [ -n "$pid" ] && break
  sleep 1
done
[ -n "$pid" ] || { echo "the job JVM did not start (see $out/progress.txt)" >&2; exit 1; }
sleep "${PROFILE_DELAY:-25}"   # the job's start, the MiniCluster and the first seconds of reading
jcmd "$pid" JFR.start name=sentinelle settings=profile duration=20s filename="$out/job.jfr" >&2
wait "$bench"
jfr print --events jdk.ExecutionSample "$out/job.jfr" > "$out/samples.txt"
python3 benchmarks/jfr-summary.py "$out/samples.txt"
tail -1 "$out/report.json"
