#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver (packages chromium, chromium-driver) when missing: the alert
# service's page is tested end to end in headless Chromium. Idempotent. Used by `./sentinelle test`.
# Test tools never download their own browser: the machine's network only serves Debian and Maven Central.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
  exit 0
fi
bash "$(dirname "$0")/../tools/install-debian-packages.sh" chromium chromium-driver
echo "installed: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
