#!/usr/bin/env bash
# Prepares .gpu/ (git-ignored) for a machine that has a (CUDA) PyTorch but no .NET (docs/gpu.md):
#   .gpu/app/              the benchmark runner  } framework-dependent, WITHOUT any libtorch: they run on that
#   .gpu/cli/              the radaudit program  } machine's PyTorch libtorch through RADAUDIT_LIBTORCH / --libtorch
#   .gpu/dotnet-rt.tar.xz  the .NET runtime (dotnet host + Microsoft.NETCore.App, about 27 MB)
# Then carry .gpu with the checkout and run bench/gpu/run.sh there: it builds nothing.
# Usage: bench/gpu/package.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/.gpu"
grep -qx '.gpu/' "$root/.git/info/exclude" 2>/dev/null || echo '.gpu/' >> "$root/.git/info/exclude"
mkdir -p "$out"

# publish PROJECT DEST: managed code, its runtimeconfig, and the non-libtorch native libraries (TorchSharp's own
# libLibTorchSharp.so, already carrying the GLIBCXX fix-up where this machine needed it; SkiaSharp's). No
# libtorch*/libc10*/libgomp*: those must come from the PyTorch installation. No deps.json either: it lists the
# natives left behind, and without it the host probes the app folder.
publish() {
  local project=$1 dest=$2 staging="$out/publish"
  rm -rf "$dest" "$staging"
  dotnet publish "$root/$project" -c Release --no-self-contained -o "$staging" >/dev/null
  mkdir -p "$dest"
  cp "$staging"/*.dll "$staging"/*.runtimeconfig.json "$dest/"
  find "$staging" -name '*.so' \
    ! -name 'libtorch*' ! -name 'libc10*' ! -name 'libgomp*' ! -name 'libshm*' ! -name 'libbackend_with_compiler*' \
    ! -name 'libjitbackend_test*' ! -name 'libnnapi_backend*' ! -name 'libaoti_custom_ops*' \
    -exec cp {} "$dest/" \;
  rm -rf "$staging"
}
publish bench/RadAudit.Benchmarks "$out/app"
publish src/RadAudit.Cli "$out/cli"

dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
if [ ! -f "$out/dotnet-rt.tar.xz" ]; then
  (cd "$dotnet_root" && tar cf - dotnet host shared/Microsoft.NETCore.App) | xz -T2 -6 > "$out/dotnet-rt.tar.xz.tmp"
  mv "$out/dotnet-rt.tar.xz.tmp" "$out/dotnet-rt.tar.xz"
fi
ls "$out/cli" | grep '\.so$'
du -sh "$out/app" "$out/cli" "$out/dotnet-rt.tar.xz"
