#!/usr/bin/python3
"""Scores SteelChain's clustering with scikit-learn on the baseline's own features and sample.

Usage: /usr/bin/python3 rfm_same_sample.py TX.csv SEGMENTS.csv

TX.csv is the order file both pipelines read; SEGMENTS.csv is what
`segment-customers --input TX.csv --output SEGMENTS.csv` wrote (one row per customer with its
cluster). The features, the scaling and the 10,000-customer sample are built exactly as
rfm_sklearn.py builds them (numpy default_rng(42).choice over the customers sorted by code), so
the silhouette printed here is comparable number for number with the baseline's.
"""
import sys

import numpy as np
import pandas as pd
from sklearn.metrics import silhouette_score

from rfm_features import baseline_features, inertia

rfm, X, idx = baseline_features(sys.argv[1])

ours = pd.read_csv(sys.argv[2], dtype={"customer_code": str}).set_index("customer_code")
labels = ours.loc[rfm.index, "cluster"].to_numpy()
assert (ours.loc[rfm.index, "recency_days"].to_numpy() == rfm["R"].to_numpy()).all(), "recency differs"
assert (ours.loc[rfm.index, "frequency"].to_numpy() == rfm["F"].to_numpy()).all(), "frequency differs"

print(f"customers {X.shape[0]}, clusters {len(np.unique(labels))}")
print(f"inertia of SteelChain's clusters on the baseline's features: {inertia(X, labels):.2f}")
print(f"silhouette on the baseline's 10,000 sample: {silhouette_score(X[idx], labels[idx]):.4f}")
