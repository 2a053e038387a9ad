#!/usr/bin/env bash
# The numbers in docs/model-audit.md ("From the command line" and "Speed"): `radaudit audit-model` on densenet-small
# trained at confounding 1 and 0, then the time of each step with DenseNet-121 at 224 px. Everything goes to OUT
# (default: a new temporary folder); the load average is printed before and after, since a shared machine's seconds
# are not an idle one's.
# Usage: bench/model-audit/measure.sh [OUT] [verdicts|speed|all]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$(mktemp -d)}
what=${2:-all}
mkdir -p "$out"
cd "$out"
dotnet build "$root/src/RadAudit.Cli" -c Release >/dev/null
dll="$root/src/RadAudit.Cli/bin/Release/net10.0/radaudit.dll"
# A function for the plain calls; /usr/bin/time cannot run a shell function, so timed calls name dotnet and the dll.
radaudit() { dotnet "$dll" "$@"; }
uptime

if [ "$what" != speed ]; then
  for c in 1 0; do
    rm -rf "c$c" "c$c-run" "c$c-audit"
    radaudit synth --out "c$c" --train-studies 120 --valid-studies 48 --max-size 128 --confounding "$c" --seed 11
    radaudit train --data "c$c" --variant original --out "c$c-run" --arch densenet-small --image-size 128 --epochs 5 \
      --batch-size 16 --lr 3e-3 --seed 3 --device cpu --no-augment --workers 1
    /usr/bin/time -f "audit-model c$c %e s wall, %U s user" dotnet "$dll" audit-model --model "c$c-run" --data "c$c" \
      --markers "c$c/markers.csv" --out "c$c-audit" --saliency-method occlusion --saliency-images 24 --occlusion-images 12 \
      --bootstrap 200 --device cpu --workers 1
    cat "c$c-audit/timings.json"
  done
  uptime
fi

if [ "$what" != verdicts ]; then
  rm -rf speed-train speed-run speed-valid speed-audit
  # A DenseNet-121 run folder: one epoch on a few images (its weights do not matter for the timing).
  radaudit synth --out speed-train --train-studies 6 --valid-studies 2 --max-size 320 --confounding 1 --seed 5
  radaudit train --data speed-train --variant original --out speed-run --arch densenet-121 --image-size 224 \
    --epochs 1 --batch-size 8 --device cpu --no-augment --workers 1
  # The images to audit: 1,147 valid images (420 studies), long side 320 px, all with labels.
  radaudit synth --out speed-valid --train-studies 2 --valid-studies 420 --max-size 320 --confounding 1 --seed 7
  uptime
  /usr/bin/time -f "audit-model densenet-121 %e s wall, %U s user" dotnet "$dll" audit-model --model speed-run --data speed-valid \
    --markers speed-valid/markers.csv --out speed-audit --saliency-images 8 --occlusion-images 2 --bootstrap 1000 \
    --device cpu --workers 1
  uptime
  cat speed-audit/timings.json
fi
echo "results under $out"
