#!/bin/bash
# Side by side: the analyst's pandas + scikit-learn baseline and SteelChain's segment-customers
# on the same order file, alternating, REPS runs each; the load before each run is recorded.
# Usage: bash docs/benchmarks/rfm_bench.sh /tmp/tx-1m.csv OUTDIR [REPS]
# Needs: ./steelchain build, the bench files (/work/shared/bench/rfm/gen.py), Debian's
# python3-pandas python3-sklearn python3-numpy python3-threadpoolctl.
set -u
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BENCH=${RFM_BENCH:-/work/shared/bench/rfm}
FILE=$1; OUT=$2; REPS=${3:-3}
mkdir -p "$OUT"
DATA=$(mktemp -d)
for r in $(seq 1 "$REPS"); do
  { date -Is; cat /proc/loadavg; } > "$OUT/baseline.$r.load"
  /usr/bin/python3 "$BENCH/rfm_sklearn.py" "$FILE" > "$OUT/baseline.$r.out" 2> "$OUT/baseline.$r.err"
  { date -Is; cat /proc/loadavg; } > "$OUT/steelchain.$r.load"
  "$ROOT/steelchain" --data "$DATA" batch segment-customers --input "$FILE" --clusters 7 \
      --output "$OUT/segments.$r.csv" > "$OUT/steelchain.$r.out" 2> "$OUT/steelchain.$r.err"
  echo "run $r: baseline $(grep -o '"t_read_s": [0-9.]*\|"t_aggregate_s": [0-9.]*\|"t_cluster_s": [0-9.]*' "$OUT/baseline.$r.out" | tr '\n' ' ')"
  echo "run $r: steelchain $(grep 'Seconds:' "$OUT/steelchain.$r.out")"
done
/usr/bin/python3 "$ROOT/docs/benchmarks/rfm_summary.py" "$OUT"
/usr/bin/python3 "$ROOT/docs/benchmarks/rfm_same_sample.py" "$FILE" "$OUT/segments.1.csv"
rm -rf "$DATA"
