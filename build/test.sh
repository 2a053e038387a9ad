#!/usr/bin/env bash
# The README's test command: the whole suite, with what it needs on a fresh machine. The browser tests (the report and
# `radaudit review`) drive Debian's Chromium through Playwright, never Playwright's own download; it is installed here
# when missing. Arguments go to `dotnet test` (e.g. --filter "Category!=Slow" for the inner loop).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
  echo "build/test.sh: installing Debian's chromium for the browser tests" >&2
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update >&2
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >&2
fi
exec dotnet test -c Release "$@"
