#!/usr/bin/env bash
# On a GPU machine with a CUDA PyTorch and no .NET, after bench/gpu/package.sh prepared .gpu/ on the CPU machine:
# unpacks the .NET runtime, points RadAudit at that PyTorch's libtorch (RADAUDIT_LIBTORCH; no LD_LIBRARY_PATH), and
# measures PyTorch and RadAudit alternately in this one call: DenseNet-121 train step and inference, fp32, batch 64,
# 224 and 320 px, then bf16: PyTorch's autocast + channels-last against RadAudit's --precision bf16 (channels-last).
# Prints every line, then medians and ratios.
# Usage: bench/gpu/run.sh [rounds=2] [batch=64] [python=python3]
set -euo pipefail
rounds=${1:-2}
batch=${2:-64}
python=${3:-python3}
root=$(cd "$(dirname "$0")/../.." && pwd)
runtime=$(mktemp -d)
tar xJf "$root/.gpu/dotnet-rt.tar.xz" -C "$runtime"
export DOTNET_ROOT=$runtime
RADAUDIT_LIBTORCH=$($python -c 'import os, torch; print(os.path.join(os.path.dirname(torch.__file__), "lib"))')
export RADAUDIT_LIBTORCH
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || true
$python -c 'import torch; print("pytorch", torch.__version__, "cuda", torch.version.cuda, "cudnn", torch.backends.cudnn.version())'
log=$(mktemp)
for round in $(seq "$rounds"); do
  for case in train:224 train:320 infer:224 infer:320; do
    mode=${case%%:*}; size=${case##*:}
    common=(--mode "$mode" --size "$size" --batch "$batch" --device cuda --warmup 5 --steps 20)
    $python "$root/bench/peer/model_step.py" "${common[@]}" | sed "s/^/round $round /" | tee -a "$log"
    "$runtime/dotnet" "$root/.gpu/app/RadAudit.Benchmarks.dll" model-step "${common[@]}" --memory-format contiguous \
      | sed "s/^/round $round /" | tee -a "$log"
    "$runtime/dotnet" "$root/.gpu/app/RadAudit.Benchmarks.dll" model-step "${common[@]}" --memory-format channels-last \
      | sed "s/^/round $round /" | tee -a "$log"
    $python "$root/bench/peer/model_step.py" "${common[@]}" --memory-format channels-last --precision bf16-autocast \
      | sed "s/^/round $round /" | tee -a "$log"
    "$runtime/dotnet" "$root/.gpu/app/RadAudit.Benchmarks.dll" model-step "${common[@]}" --memory-format channels-last --precision bf16 \
      | sed "s/^/round $round /" | tee -a "$log"
  done
done
$python - "$log" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    w = line.split()
    f = dict(zip(w[4::2], w[5::2]))
    rows[(f["mode"], f["size"], w[2], f["layout"], f.get("precision", "fp32"))].append(float(f["images_per_second"]))
for key, values in sorted(rows.items()):
    print(*key, f"{statistics.median(values):.1f} img/s")
PY
