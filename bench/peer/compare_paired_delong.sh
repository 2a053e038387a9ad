#!/usr/bin/env bash
# Times pROC and RadAudit on the same n = 1,000,000 paired data set, back to back, so both see the same machine load.
# Usage (repository root): bench/peer/compare_paired_delong.sh [n]
set -euo pipefail
n="${1:-1000000}"
cd "$(dirname "$0")/../.."
Rscript bench/peer/proc_paired_delong.R "$n"
dotnet run -c Release bench/peer/paired_delong_timing.cs -- "$n" 5
