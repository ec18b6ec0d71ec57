"""Reference figures for drift from classic histograms, computed with numpy and scipy.

Each case holds cumulative `le` buckets for a reference and a current window, and the raw samples they were
counted from. The answer holds, per case: PSI on the bucket shares with Evidently's zero filling, scipy's
Jensen-Shannon distance on the shares, the largest CDF gap at the bucket bounds, scipy's KS statistic and
normed Wasserstein distance on the raw samples.
"""
import json
import sys

import numpy as np
from scipy import stats
from scipy.spatial.distance import jensenshannon


def shares(cumulative):
    counts = np.diff(np.concatenate([[0.0], np.asarray(cumulative, dtype=float)]))
    return counts / counts.sum()


def psi(ref, cur):
    def filled(p):
        p = p.copy()
        smallest = p[p > 0].min()
        p[p == 0] = smallest / 1e6 if smallest <= 0.0001 else 0.0001
        return p

    r, c = filled(ref), filled(cur)
    return float(np.sum((r - c) * np.log(r / c)))


def main():
    cases = json.load(open(sys.argv[1]))
    answers = []
    for case in cases:
        ref_cum = [b[1] for b in case["reference"]]
        cur_cum = [b[1] for b in case["current"]]
        p, q = shares(ref_cum), shares(cur_cum)
        gaps = np.abs(np.asarray(ref_cum) / ref_cum[-1] - np.asarray(cur_cum) / cur_cum[-1])
        raw_ref = np.asarray(case["reference_samples"])
        raw_cur = np.asarray(case["current_samples"])
        answers.append({
            "psi": psi(p, q),
            "jensen_shannon": float(jensenshannon(p, q)),
            "ks_at_bounds": float(gaps.max()),
            "ks_samples": float(stats.ks_2samp(raw_ref, raw_cur).statistic),
            "wasserstein_normed_samples": float(
                stats.wasserstein_distance(raw_ref, raw_cur) / max(np.std(raw_ref), 0.001)),
        })
    json.dump(answers, open(sys.argv[2], "w"))


main()
