#!/usr/bin/env bash
# Builds the one-folder desktop bundle (dist/Steady) with PyInstaller.
# --check then runs the built program's command line on a scratch database, as CI does.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
if [[ ${1:-} == --check ]]; then
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  dist/Steady/Steady --db "$scratch/check.db" demo
  dist/Steady/Steady --db "$scratch/check.db" verify
fi
