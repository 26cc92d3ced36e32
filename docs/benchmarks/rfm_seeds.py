#!/usr/bin/python3
"""Cluster quality over several seeds: scikit-learn's KMeans and SteelChain's, scored alike.

Usage: /usr/bin/python3 rfm_seeds.py TX.csv SEGMENTS.seed0.csv SEGMENTS.seed1.csv ...

Each SEGMENTS.seedN.csv is what `segment-customers --input TX.csv --clusters 7 --seed N --output
...` wrote. For every N, scikit-learn's KMeans(n_clusters=7, n_init=10, random_state=N) is fitted
on the baseline's features (as rfm_sklearn.py builds them), and both clusterings are scored by
scikit-learn: inertia on those features, silhouette on the baseline's 10,000-customer sample. One
seed says little about quality, as either side lands in a slightly different local optimum per
seed; the spread over seeds shows what "the same quality" can mean.
"""
import re
import statistics
import sys

import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score

from rfm_features import baseline_features, inertia

rfm, X, sample = baseline_features(sys.argv[1])

rows = []
for path in sys.argv[2:]:
    seed = int(re.search(r"seed(\d+)", path).group(1))
    ours = pd.read_csv(path, dtype={"customer_code": str}).set_index("customer_code")
    steelchain = ours.loc[rfm.index, "cluster"].to_numpy()
    baseline = KMeans(n_clusters=7, n_init=10, random_state=seed).fit(X).labels_
    rows.append((seed, inertia(X, baseline), silhouette_score(X[sample], baseline[sample]),
                 inertia(X, steelchain), silhouette_score(X[sample], steelchain[sample])))

print("seed | scikit-learn inertia | silhouette | SteelChain inertia | silhouette")
for seed, bi, bs, si, ss in rows:
    print(f"{seed} | {bi:.2f} | {bs:.4f} | {si:.2f} | {ss:.4f}")
print(f"median | {statistics.median(r[1] for r in rows):.2f} | {statistics.median(r[2] for r in rows):.4f}"
      f" | {statistics.median(r[3] for r in rows):.2f} | {statistics.median(r[4] for r in rows):.4f}")
