#!/usr/bin/env bash
# Installs Debian packages with apt-get, as root or through sudo: the one way the project's install
# scripts (alert-api/install-chromium.sh, monitoring/install-prometheus.sh) add what their tests need.
# Usage: tools/install-debian-packages.sh PACKAGE...   Fails with the command to run when it cannot.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 PACKAGE..." >&2; exit 2; }

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "$*: missing, and this user cannot install packages;" >&2
  echo "  run as root: apt-get update && apt-get install -y --no-install-recommends $*" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "$*: missing, and there is no apt-get here; install them another way" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "$@"
