#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (test/report.browser.test.ts drives it with
# playwright-core). Idempotent: when /usr/bin/chromium already runs it returns at once, so the
# test setup can call it on every run. Never downloads a browser build of its own
# (no `npx playwright install`): only Debian's package, through apt-get.
set -euo pipefail
if [ -x /usr/bin/chromium ] && /usr/bin/chromium --version >/dev/null 2>&1; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-chromium: needs root (or sudo) to apt-get install chromium" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-core >/dev/null
/usr/bin/chromium --version
