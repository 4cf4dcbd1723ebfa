#!/usr/bin/env bash
# e2e tests drive Debian's Chromium. Install it when missing and the machine allows it
# (root with apt); otherwise say exactly what to do. Playwright never downloads a browser.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium from Debian's packages for the end-to-end tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
cat >&2 <<'MSG'
The end-to-end tests need Chromium at /usr/bin/chromium, and this script cannot install it
(it needs root and apt-get). Install it once, then run the tests again:
    sudo apt-get update && sudo apt-get install -y chromium
MSG
exit 1
