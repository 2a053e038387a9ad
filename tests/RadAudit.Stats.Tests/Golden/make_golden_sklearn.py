#!/usr/bin/python3
"""Golden values for RadAudit.Stats from scikit-learn (Debian python3-sklearn).

Run from this folder after make_golden.R: /usr/bin/python3 make_golden_sklearn.py
Reads cases/<name>.csv and writes sklearn_expected.csv with roc_auc_score and cohen_kappa_score of the decision
`score >= 0.5` (MURA's threshold, RadAudit's rule) for both score columns.
"""
import csv
import pathlib

import sklearn
from sklearn.metrics import cohen_kappa_score, roc_auc_score

THRESHOLD = 0.5


def main() -> None:
    rows = []
    for path in sorted(pathlib.Path("cases").glob("*.csv")):
        with path.open() as handle:
            records = list(csv.DictReader(handle))
        labels = [int(record["label"]) for record in records]
        result = {"case": path.stem}
        for column in ("a", "b"):
            scores = [float(record[f"score_{column}"]) for record in records]
            decisions = [int(score >= THRESHOLD) for score in scores]
            result[f"auc_{column}"] = repr(roc_auc_score(labels, scores))
            result[f"kappa_{column}"] = repr(float(cohen_kappa_score(labels, decisions)))
        rows.append(result)
    with open("sklearn_expected.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} cases with scikit-learn {sklearn.__version__}")


if __name__ == "__main__":
    main()
