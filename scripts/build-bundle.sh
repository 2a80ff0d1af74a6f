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
  # Fonts, the spelling word list and the packet renderer must be inside the bundle too.
  dist/Steady/Steady --db "$scratch/check.db" packet 2 --kind legal --out "$scratch/legal.pdf"
  echo "You ALWAYS ignore me, obviously." | dist/Steady/Steady tone - | grep -q absolute
  # A log locked with a passphrase needs SQLCipher inside the bundle.
  STEADY_PASSPHRASE="bundle check passphrase" dist/Steady/Steady --db "$scratch/locked.db" demo
  STEADY_PASSPHRASE="bundle check passphrase" dist/Steady/Steady --db "$scratch/locked.db" verify
fi
