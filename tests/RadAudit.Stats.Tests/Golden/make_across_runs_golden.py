#!/usr/bin/env python3
"""Reference values for AcrossRunsTest (tests/RadAudit.Stats.Tests/Evaluation/AcrossRunsTestTests.cs).

Welch-Satterthwaite t over K training runs: SE^2 = s^2/K + mean(se_k^2), df = SE^4 (K-1) / (s^2/K)^2.
Run with Debian's python3-scipy: /usr/bin/python3 make_across_runs_golden.py
"""
import numpy as np
from scipy import stats

CASES = [
    ([0.01, 0.03, 0.05], [0.01, 0.01, 0.01]),
    ([-0.02, 0.04], [0.012, 0.018]),
    ([0.002, -0.004, 0.001, 0.003, -0.001], [0.02, 0.021, 0.019, 0.02, 0.022]),
]

for differences, errors in CASES:
    d, se = np.array(differences), np.array(errors)
    k = len(d)
    mean, training = d.mean(), d.var(ddof=1) / k
    variance = training + (se ** 2).mean()
    standard_error = variance ** 0.5
    df = variance ** 2 * (k - 1) / training ** 2
    t = mean / standard_error
    p = 2 * stats.t.sf(abs(t), df)
    critical = stats.t.ppf(0.975, df)
    print(f"{mean!r}, {standard_error!r}, {df!r}, {t!r}, {p!r}, {mean - critical * standard_error!r}, {mean + critical * standard_error!r}")
