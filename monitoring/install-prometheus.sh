#!/usr/bin/env bash
# Installs the Prometheus server and promtool from Debian's "prometheus" package when they are missing.
# Idempotent: does nothing when both are on the PATH. Used by .ci/run and the local stack.
# It does not start the Debian service: the local stack runs its own Prometheus with monitoring/'s config.
set -euo pipefail

if command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1; then
  echo "prometheus already installed: $(prometheus --version 2>&1 | head -1)"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "install-prometheus.sh: prometheus is missing and this user cannot install packages;" >&2
  echo "  run as root: apt-get update && apt-get install -y --no-install-recommends prometheus" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-prometheus.sh: no apt-get here; install Prometheus 2.x (prometheus and promtool) another way" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends prometheus
echo "installed: $(prometheus --version 2>&1 | head -1)"
