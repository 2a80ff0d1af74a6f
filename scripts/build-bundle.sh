#!/usr/bin/env bash
# Builds the one-folder desktop bundle (dist/Steady) with PyInstaller.
# --check then runs the built program's command line on a scratch database, as CI does.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
scripts/trim-icu.sh dist/Steady/_internal/PySide6/Qt/lib
echo "dist/Steady: $(du -sm dist/Steady | cut -f1) MB unpacked"
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
  # The window, offscreen: every customer's assessment and charts, the reply editor, the PDF
  # viewer on the packet, pictures, reading aloud's engines and ICU's text functions; this is
  # what proves the parts of Qt and ICU left out of the bundle are not needed.
  STEADY_HOME="$scratch/home" QT_QPA_PLATFORM=offscreen STEADY_SELF_CHECK="$scratch/legal.pdf" \
    dist/Steady/Steady --db "$scratch/check.db"
fi
