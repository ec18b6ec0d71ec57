"""Reference answers for the raw-sample drift statistics (tests/reference/test_drift_scipy.cpp).

Reads {"cases": [...], "chi2_grid": [[k, x], ...]} and writes one answer per case and per grid point. Evidently is
not installed, so its pieces are written out here literally with numpy and scipy: get_binned_data (Sturges bins on
reference ++ current when the reference has more than 20 distinct values, otherwise one bin per value; the zero
fill), psi, jensenshannon, wasserstein_distance_norm and the chi-square test. One deliberate difference: the
category keys are sorted instead of kept in Python's set order, so that sums run in the same order as in
Watchkeeper; that changes nothing but the last bits of a sum. Two documented Watchkeeper rules are applied here
too: a single category (0 degrees of freedom, where scipy answers NaN) has p-value 1, and the default test follows
Evidently's _get_default_stattest with chi-square where Evidently would pick its z-test (two values).
"""

import json
import math
import sys

import numpy as np
from scipy import special, stats
from scipy.spatial import distance


def number(value):
    """JSON has no infinities or NaN: spell them as strings."""
    value = float(value)
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def binned(reference, current, numerical, fill):
    """Evidently's get_binned_data, keys sorted."""
    edges = None
    if numerical and len(np.unique(reference)) > 20:
        edges = np.histogram_bin_edges(np.concatenate([reference, current]), bins="sturges")
        ref_counts = np.histogram(reference, edges)[0]
        cur_counts = np.histogram(current, edges)[0]
    else:
        keys = sorted(set(reference.tolist()) | set(current.tolist()))
        ref_map = {**dict.fromkeys(keys, 0), **{k: v for k, v in zip(*np.unique(reference, return_counts=True))}}
        cur_map = {**dict.fromkeys(keys, 0), **{k: v for k, v in zip(*np.unique(current, return_counts=True))}}
        ref_counts = np.array([ref_map[key] for key in keys])
        cur_counts = np.array([cur_map[key] for key in keys])
    reference_percents = ref_counts / len(reference)
    current_percents = cur_counts / len(current)
    if fill:
        for percents in (reference_percents, current_percents):
            smallest = min(percents[percents != 0])
            np.place(percents, percents == 0, smallest / 10**6 if smallest <= 0.0001 else 0.0001)
    return reference_percents, current_percents, edges, ref_counts, cur_counts


def chi_square(reference, current):
    """Evidently's _chi_stat_test, returning the statistic too."""
    keys = sorted(set(reference.tolist()) | set(current.tolist()))
    ref_values, ref_n = np.unique(reference, return_counts=True)
    cur_values, cur_n = np.unique(current, return_counts=True)
    ref_map = {**dict.fromkeys(keys, 0), **dict(zip(ref_values.tolist(), ref_n.tolist()))}
    cur_map = {**dict.fromkeys(keys, 0), **dict(zip(cur_values.tolist(), cur_n.tolist()))}
    k_norm = current.shape[0] / reference.shape[0]
    f_exp = [ref_map[key] * k_norm for key in keys]
    f_obs = [cur_map[key] for key in keys]
    with np.errstate(divide="ignore", invalid="ignore"):
        statistic, pvalue = stats.chisquare(f_obs, f_exp)
    if len(keys) == 1:
        pvalue = 1.0
    return statistic, pvalue


def default_test(reference, current, numerical):
    n_values = len(set(reference.tolist()) | set(current.tolist()))
    small = reference.shape[0] <= 1000
    if numerical and n_values > 5:
        return "ks" if small else "wasserstein"
    return "chisquare" if small else "jensenshannon"


def answer(case):
    numerical = case["kind"] == "numerical"
    dtype = float if numerical else object
    reference = np.array(case["reference"], dtype=dtype)
    current = np.array(case["current"], dtype=dtype)
    out = {}
    ref_p, cur_p, edges, ref_counts, cur_counts = binned(reference, current, numerical, True)
    out["psi"] = number(np.sum((ref_p - cur_p) * np.log(ref_p / cur_p)))
    ref_raw, cur_raw, _, _, _ = binned(reference, current, numerical, False)
    with np.errstate(invalid="ignore"):
        out["js"] = number(distance.jensenshannon(ref_raw, cur_raw))
    out["edges"] = None if edges is None else [number(e) for e in edges]
    out["ref_counts"] = [int(c) for c in ref_counts]
    out["cur_counts"] = [int(c) for c in cur_counts]
    statistic, pvalue = chi_square(reference, current)
    out["chi_stat"] = number(statistic)
    out["chi_p"] = number(pvalue)
    out["test"] = default_test(reference, current, numerical)
    if numerical:
        out["std"] = number(np.std(reference))
        out["w1"] = number(stats.wasserstein_distance(reference, current))
        out["w1_normed"] = number(stats.wasserstein_distance(reference, current) / max(np.std(reference), 0.001))
        ks = stats.ks_2samp(reference, current)
        out["ks_stat"] = number(ks.statistic)
        out["ks_p"] = number(ks.pvalue)
    return out


def main():
    with open(sys.argv[1]) as source:
        request = json.load(source)
    result = {
        "cases": [answer(case) for case in request["cases"]],
        "chi2_sf": [number(special.chdtrc(k, x)) for k, x in request["chi2_grid"]],
    }
    with open(sys.argv[2], "w") as sink:
        json.dump(result, sink)


if __name__ == "__main__":
    main()
