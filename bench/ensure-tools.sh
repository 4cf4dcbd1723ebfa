#!/usr/bin/env bash
# The guides benchmark needs nginx, wrk and Chromium from Debian. Install whichever is
# missing when the machine allows it (root with apt); otherwise say what to run.
set -euo pipefail
missing=()
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x /usr/bin/wrk ] || missing+=(wrk)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} from Debian's packages for the benchmarks…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  # The package may start a system nginx on port 80; the bench runs its own.
  exit 0
fi
echo "The benchmarks need ${missing[*]}: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
exit 1
