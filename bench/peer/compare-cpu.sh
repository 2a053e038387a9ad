#!/usr/bin/env bash
# DenseNet-121 on the CPU, RadAudit (TorchSharp) against Debian's PyTorch in the same run: train step and inference
# at 224 and 320 px, batch 8, 1 logit, Adam. Each round runs every case as A B A B (PyTorch, RadAudit, and PyTorch
# with channels-last as a second reference), one process per measurement so peak memory is per case. Prints each
# measurement, then per case the median images/s and peak resident MB of each side and the ratios.
# Usage: bench/peer/compare-cpu.sh [rounds=3] [threads=2] [cases="train:224 train:320 infer:224 infer:320"]
set -euo pipefail
rounds=${1:-3}
threads=${2:-2}
cases=${3:-"train:224 train:320 infer:224 infer:320"}
root=$(cd "$(dirname "$0")/../.." && pwd)
python=/usr/bin/python3
if ! $python -c 'import torch, torchvision' 2>/dev/null; then
  echo "installing python3-torch python3-torchvision (Debian)" >&2
  sudo apt-get install -y python3-torch python3-torchvision >&2
fi
export OMP_NUM_THREADS=$threads
dotnet build "$root/bench/RadAudit.Benchmarks" -c Release >/dev/null
runner="$root/bench/RadAudit.Benchmarks/bin/Release/net10.0/RadAudit.Benchmarks"
log=$(mktemp)
echo "$(date -u +%F) $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), threads $threads" | tee "$log"
for round in $(seq "$rounds"); do
  for case in $cases; do
    mode=${case%%:*}; size=${case##*:}
    $python "$root/bench/peer/model_step.py" --mode "$mode" --size "$size" --threads "$threads" | sed "s/^/round $round /" | tee -a "$log"
    "$runner" model-step --mode "$mode" --size "$size" --threads "$threads" | sed "s/^/round $round /" | tee -a "$log"
    $python "$root/bench/peer/model_step.py" --mode "$mode" --size "$size" --threads "$threads" --memory-format channels-last \
      | sed "s/^/round $round /" | tee -a "$log"
  done
done
$python - "$log" <<'PY'
import collections, statistics, sys
rows = collections.defaultdict(lambda: {"speed": [], "peak": []})
for line in open(sys.argv[1]):
    words = line.split()
    if not words or words[0] != "round":
        continue
    fields = dict(zip(words[4::2], words[5::2]))
    side = f"{words[2]}-{fields['layout']}"
    key = (fields["mode"], int(fields["size"]), side)
    rows[key]["speed"].append(float(fields["images_per_second"]))
    rows[key]["peak"].append(float(fields["peak_rss_mb"]))
print("case        side                       images/s (median)  peak MB (median)")
for mode, size in sorted({(k[0], k[1]) for k in rows}, key=lambda c: (c[0] != "train", c[1])):
    sides = {k[2]: v for k, v in rows.items() if k[:2] == (mode, size)}
    for side, v in sorted(sides.items()):
        print(f"{mode:5} {size:4}  {side:26} {statistics.median(v['speed']):8.3f}           {statistics.median(v['peak']):8.0f}")
    sharp = next(v for s, v in sides.items() if s.startswith("radaudit"))
    torch_default = sides["pytorch-contiguous"]
    torch_cl = sides.get("pytorch-channels-last")
    line = (f"{mode:5} {size:4}  ratio radaudit/pytorch: speed {statistics.median(sharp['speed']) / statistics.median(torch_default['speed']):.2f}x, "
            f"peak memory {statistics.median(sharp['peak']) / statistics.median(torch_default['peak']):.2f}x")
    if torch_cl:
        line += f"; vs pytorch channels-last: speed {statistics.median(sharp['speed']) / statistics.median(torch_cl['speed']):.2f}x"
    print(line)
PY
