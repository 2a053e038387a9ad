#!/usr/bin/env bash
# The verdict-calibration sweep of docs/validity.md: `radaudit demo` (demo scale: 500 train / 240 valid studies, 256 px
# images, densenet-small at 128 px fine-tuned from the built-in synthetic-anatomy weights, all five conditions) at each
# planted confounding strength × data seed, with K training seeds per condition so the summary can apply the verdict
# rule with k = 1 … K seeds (the first k of each run). Resumable: a run whose results.json exists is skipped, and
# sweeps started side by side on the same OUT share the runs out between them.
#
#   bench/validity/sweep.sh OUT [STRENGTHS] [DATA_SEEDS] [K]
#   defaults: STRENGTHS="0 0.1 0.25 0.5 1", DATA_SEEDS="101 102 103 104 105", K=3
# then: dotnet run -c Release --project bench/validity/RadAudit.Validity -- summarize OUT docs/images
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:?usage: bench/validity/sweep.sh OUT [STRENGTHS] [DATA_SEEDS] [K]}
strengths=${2:-"0 0.1 0.25 0.5 1"}
seeds=${3:-"101 102 103 104 105"}
k=${4:-3}
dotnet build src/RadAudit.Cli -c Release -v quiet -nologo >/dev/null
radaudit=src/RadAudit.Cli/bin/Release/net10.0/radaudit
for seed in $seeds; do
  for strength in $strengths; do
    run="$out/c$strength/s$seed"
    mkdir -p "$out/c$strength"
    if [ -f "$run/results.json" ]; then echo "sweep: $run done"; continue; fi
    # Several sweeps may share OUT (two one-thread sweeps on 2 cores): a run is claimed atomically by mkdir, so no
    # two train it. A claim left by a killed sweep blocks that run until it is removed.
    if ! mkdir "$run.claimed" 2>/dev/null; then echo "sweep: $run is claimed by another sweep (remove $run.claimed if none runs)"; continue; fi
    echo "sweep: confounding $strength, data seed $seed, $k seeds -> $run"
    start=$(date +%s)
    if "$radaudit" demo --confounding "$strength" --seed "$seed" --seeds "$k" --out "$run" > "$run.log" 2>&1; then
      echo "sweep: $run took $(( $(date +%s) - start )) s"
    else
      echo "sweep: $run failed (see $run.log)"
    fi
    rmdir "$run.claimed"
  done
done
