#!/usr/bin/python3
"""Medians of the runs rfm_bench.sh wrote, side by side.

Usage: /usr/bin/python3 rfm_summary.py OUTDIR [OUTDIR ...]

Reads baseline.N.out (the JSON line of rfm_sklearn.py) and steelchain.N.out (the job's summary)
of every run in the given folders; prints per run read + aggregate + cluster of both and their
ratio, then the medians per phase and of the sums, over all runs of all folders.
"""
import glob
import json
import os
import re
import statistics
import sys

SECONDS = re.compile(r"read ([\d.]+), aggregate ([\d.]+), cluster ([\d.]+),")

runs = []
for folder in sys.argv[1:]:
    for path in sorted(glob.glob(os.path.join(folder, "baseline.*.out")),
                       key=lambda p: int(p.split(".")[-2])):
        run = path.split(".")[-2]
        with open(path) as f:
            base = json.loads(f.readline())
        with open(os.path.join(folder, f"steelchain.{run}.out")) as f:
            ours = SECONDS.search(f.read())
        b = (base["t_read_s"], base["t_aggregate_s"], base["t_cluster_s"])
        s = tuple(float(v) for v in ours.groups())
        runs.append((f"{folder}#{run}", b, s))
        print(f"{folder} run {run}: baseline {sum(b):.3f} s, SteelChain {sum(s):.3f} s, "
              f"{sum(b) / sum(s):.2f}x")

median = statistics.median
for i, phase in enumerate(("read", "aggregate", "cluster")):
    b, s = median(r[1][i] for r in runs), median(r[2][i] for r in runs)
    print(f"{phase:9s} median: baseline {b:.3f} s, SteelChain {s:.3f} s, {b / s:.1f}x")
b, s = median(sum(r[1]) for r in runs), median(sum(r[2]) for r in runs)
ratios = sorted(sum(r[1]) / sum(r[2]) for r in runs)
print(f"read + aggregate + cluster median: baseline {b:.3f} s, SteelChain {s:.3f} s, {b / s:.2f}x; "
      f"median of the per-run ratios {median(ratios):.2f}x; at least 3x in "
      f"{sum(1 for r in ratios if r >= 3)} of {len(ratios)} runs")
