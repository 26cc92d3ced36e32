"""The baseline's features, scaling and silhouette sample, as rfm_sklearn.py builds them.

Shared by rfm_same_sample.py and rfm_seeds.py, so that SteelChain's clusters are scored on exactly
the numbers scikit-learn clusters.
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler


def baseline_features(tx_csv):
    """(rfm, X, sample): per customer (sorted by code) R, F, M; the standardized features
    (recency days to 2026-01-01, log(1+F), log(1+M)); the 10,000-customer sample
    (numpy default_rng(42).choice)."""
    df = pd.read_csv(tx_csv, parse_dates=["order_date"], dtype={"customer_code": str})
    g = df.groupby("customer_code", sort=True)
    rfm = g.agg(last=("order_date", "max"), F=("order_date", "size"), M=("amount_cny", "sum"))
    rfm["R"] = (pd.Timestamp("2026-01-01") - rfm["last"]).dt.days
    X = StandardScaler().fit_transform(
        np.column_stack([rfm["R"], np.log1p(rfm["F"]), np.log1p(rfm["M"])]).astype(np.float64))
    sample = np.random.default_rng(42).choice(X.shape[0], size=min(10_000, X.shape[0]), replace=False)
    return rfm, X, sample


def inertia(X, labels):
    """Sum of squared distances of the points to the mean of their cluster."""
    return sum(((X[labels == c] - X[labels == c].mean(axis=0)) ** 2).sum() for c in np.unique(labels))
