#!/usr/bin/env bash
# DenseNet-121 CPU train step (224 px, batch 8, 1 logit, Adam) — TorchSharp (RadAudit) vs Debian's PyTorch, in the
# same run, alternating A B A B, threads equal on both sides. Prints each round and the ratio of medians.
# Usage: bench/peer/compare-training-cpu.sh [rounds=3] [threads=2]
set -euo pipefail
rounds=${1:-3}
threads=${2:-2}
root=$(cd "$(dirname "$0")/../.." && pwd)
python=/usr/bin/python3
if ! $python -c 'import torch, torchvision' 2>/dev/null; then
  echo "installing python3-torch python3-torchvision (Debian)" >&2
  sudo apt-get install -y python3-torch python3-torchvision >&2
fi
export RADAUDIT_BENCH_THREADS=$threads OMP_NUM_THREADS=$threads
dotnet build "$root/bench/RadAudit.Benchmarks" -c Release >/dev/null
artifacts=$(mktemp -d)
torch_values=(); sharp_values=()
for round in $(seq "$rounds"); do
  torch_line=$($python "$root/bench/peer/densenet121_train_step.py" --threads "$threads")
  torch_values+=("$(echo "$torch_line" | awk '{print $NF}')")
  dotnet run -c Release --no-build --project "$root/bench/RadAudit.Benchmarks" -- --filter '*TrainingStepBenchmark*' \
    --exporters json --artifacts "$artifacts/$round" >/dev/null
  sharp=$($python - "$artifacts/$round" <<'PY'
import glob, json, sys
report = json.load(open(glob.glob(sys.argv[1] + "/results/*TrainingStepBenchmark*-report-full*.json")[0]))
print(f"{8 / (report['Benchmarks'][0]['Statistics']['Median'] / 1e9):.3f}")
PY
)
  sharp_values+=("$sharp")
  echo "round $round: $torch_line | torchsharp images_per_second $sharp"
done
$python - "${torch_values[*]}" "${sharp_values[*]}" "$threads" <<'PY'
import statistics, sys
torch_median = statistics.median(map(float, sys.argv[1].split()))
sharp_median = statistics.median(map(float, sys.argv[2].split()))
print(f"median images/s (threads {sys.argv[3]}): pytorch {torch_median:.2f}, radaudit/torchsharp {sharp_median:.2f}, ratio {sharp_median / torch_median:.2f}x")
PY
