"""numpy's percentiles (default method: linear, rank = p * (n - 1)) and means for the incident metrics test.

Input: {"cases": [{"values": [...], "ps": [0..100, ...]}]}; output: {"cases": [{"mean": m, "percentiles": [...]}]}.
"""
import json
import sys

import numpy

with open(sys.argv[1]) as f:
    cases = json.load(f)["cases"]
answers = []
for case in cases:
    values = numpy.array(case["values"], dtype=float)
    answers.append({
        "mean": float(numpy.mean(values)),
        "percentiles": [float(numpy.percentile(values, p)) for p in case["ps"]],
    })
with open(sys.argv[2], "w") as f:
    json.dump({"cases": answers}, f)
