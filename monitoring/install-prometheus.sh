#!/usr/bin/env bash
# Installs the Prometheus server and promtool from Debian's "prometheus" package when they are missing.
# Idempotent: does nothing when both are on the PATH. Used by .ci/run and the local stack.
# It does not start the Debian service: the local stack runs its own Prometheus with monitoring/'s config.
set -euo pipefail

if command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1; then
  echo "prometheus already installed: $(prometheus --version 2>&1 | head -1)"
  exit 0
fi
bash "$(dirname "$0")/../tools/install-debian-packages.sh" prometheus
echo "installed: $(prometheus --version 2>&1 | head -1)"
