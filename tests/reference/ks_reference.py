"""Reference answers for the Kolmogorov-Smirnov tests: scipy.stats.ks_2samp, scipy.stats.kstwo.sf and
scipy.special.smirnov on the cases the C++ test sends.

usage: ks_reference.py in.json out.json

in.json:  {"samples": [{"a": [...] | "aFile": path, "b": [...] | "bFile": path}, ...],
           "kstwo": [[d, n], ...], "smirnov": [[d, n], ...]}
          (a *File is raw little-endian float64, used for the large samples)
out.json: {"samples": [{"statistic", "pvalue", "exact", "consistent"}, ...], "kstwo": [...], "smirnov": [...]}

scipy 1.10 does not say which p-value ks_2samp returned, so "exact" replays its choice: exact when both sizes
are <= 10,000 and the exact computation succeeds. "consistent" checks that replay against the p-value that
ks_2samp actually returned.
"""

import json
import math
import sys
import warnings

import numpy as np
import scipy
from scipy import special, stats
from scipy.stats._stats_py import _attempt_exact_2kssamp

MAX_EXACT_SIZE = 10000


def load(case, key):
    if key + "File" in case:
        return np.fromfile(case[key + "File"], dtype="<f8")
    return np.asarray(case[key], dtype=np.float64)


def finite_or_none(value):
    value = float(value)
    return value if math.isfinite(value) else None


def two_sample(case):
    a, b = load(case, "a"), load(case, "b")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        result = stats.ks_2samp(a, b)
        n1, n2 = len(a), len(b)
        exact = False
        replayed = None
        if max(n1, n2) <= MAX_EXACT_SIZE:
            exact, _, prob = _attempt_exact_2kssamp(n1, n2, math.gcd(n1, n2), result.statistic, "two-sided")
            if exact:
                replayed = np.clip(prob, 0, 1)
        if not exact:
            large, small = max(n1, n2), min(n1, n2)
            effective = np.round(large * small / (large + small))
            replayed = np.clip(stats.kstwo.sf(result.statistic, effective), 0, 1)
    return {
        "statistic": float(result.statistic),
        "pvalue": float(result.pvalue),
        "exact": bool(exact),
        "consistent": bool(replayed == result.pvalue),
    }


def main():
    with open(sys.argv[1]) as f:
        request = json.load(f)
    answer = {
        "scipy": scipy.__version__,
        "samples": [two_sample(case) for case in request.get("samples", [])],
        "kstwo": [finite_or_none(stats.kstwo.sf(d, n)) for d, n in request.get("kstwo", [])],
        "smirnov": [finite_or_none(special.smirnov(int(n), d)) for d, n in request.get("smirnov", [])],
    }
    with open(sys.argv[2], "w") as f:
        json.dump(answer, f)


if __name__ == "__main__":
    main()
