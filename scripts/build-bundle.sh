#!/usr/bin/env bash
# Builds the one-folder desktop bundle (dist/Steady) with PyInstaller.
# --check then runs the built program on scratch databases, as CI does: every part left out
# of the bundle (build.spec, scripts/share-libs.sh, scripts/trim-icu.sh) is used here by what
# could have needed it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
scripts/share-libs.sh dist/Steady/_internal
scripts/trim-icu.sh dist/Steady/_internal/PySide6/Qt/lib
echo "dist/Steady: $(du -sm dist/Steady | cut -f1) MB unpacked"
if [[ ${1:-} == --check ]]; then
  scratch=$(mktemp -d)
  authority=""
  trap 'if [[ -n $authority ]]; then kill "$authority" 2>/dev/null || true; fi; rm -rf "$scratch"' EXIT
  steady=dist/Steady/Steady
  # The window remembers its size per user: the check's offscreen 800x600 screen must not
  # become the size the builder's own Steady opens at.
  export XDG_CONFIG_HOME="$scratch/config"
  $steady --db "$scratch/check.db" demo
  $steady --db "$scratch/check.db" verify
  echo "You ALWAYS ignore me, obviously." | $steady tone - | grep -q absolute

  # A mailbox in several scripts, one message in Shift-JIS: the mail parser, then a packet that must draw each script
  # from its own embedded font (fonts, HarfBuzz shaping and the packet renderer in the bundle).
  cat >"$scratch/scripts.mbox" <<'MBOX'
From customer@example.org Mon Mar  2 09:15:00 2026
From: Customer <customer@example.org>
To: shop@example.com
Subject: =?utf-8?q?Six_scripts?=
Date: Mon, 02 Mar 2026 09:15:00 +0000
Message-ID: <bundle-check-scripts@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

ฉันจะฟ้องคุณที่ศาลถ้าไม่คืนเงิน
سأقاضيك في المحكمة يوم 12 مارس
मैं तुम्हें अदालत में ले जाऊँगा
你们的服务太差了我要投诉
Enjoy your one star 😡 👍🏽

From customer@example.org Mon Mar  2 10:15:00 2026
From: Customer <customer@example.org>
To: shop@example.com
Subject: Shift-JIS
Date: Mon, 02 Mar 2026 10:15:00 +0000
Message-ID: <bundle-check-shift-jis@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=shift_jis
Content-Transfer-Encoding: base64

gqiL4ILwldSCs4LIgqKCyILnkWmCpoLcgrc=
MBOX
  $steady --db "$scratch/check.db" import --customer 2 --quiet "$scratch/scripts.mbox"
  $steady --db "$scratch/check.db" packet 2 --kind legal --out "$scratch/legal.pdf"
  pdftotext "$scratch/legal.pdf" "$scratch/legal.txt"
  pdffonts "$scratch/legal.pdf" >"$scratch/legal.fonts"
  grep -q "ฉันจะฟ้องคุณที่ศาลถ้าไม่คืนเงิน" "$scratch/legal.txt"
  grep -q "你们的服务太差了我要投诉" "$scratch/legal.txt"
  grep -q "お金を返さないなら訴えます" "$scratch/legal.txt"
  for family in Thai Arabic Devanagari Emoji; do
    grep -q "$family" "$scratch/legal.fonts" || { echo "the packet lacks the $family font"; exit 1; }
  done

  # A time-stamp from a local authority (openssl ts on 127.0.0.1), then its signature checked
  # offline against the authority's root: HTTP, RFC 3161 and the certificate checks.
  exec {to_authority}> >(.venv/bin/python -m tests.helpers.time_stamping "$scratch/tsa" >"$scratch/tsa.url")
  authority=$!
  for _ in $(seq 300); do [[ -s $scratch/tsa.url ]] && break; sleep 0.1; done
  [[ -s $scratch/tsa.url ]] || { echo "the local time-stamping authority did not start"; exit 1; }
  .venv/bin/python - "$scratch/check.db" "$(cat "$scratch/tsa.url")" "$scratch/tsa/root.crt" <<'PY'
import json, sqlite3, sys
from pathlib import Path
database, url, root = sys.argv[1:]
with sqlite3.connect(database) as db:
    for key, value in (("time_stamp_url", url), ("time_stamp_root", Path(root).read_text())):
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, json.dumps(value)))
PY
  $steady --db "$scratch/check.db" timestamp
  exec {to_authority}>&-
  $steady --db "$scratch/check.db" verify >"$scratch/verify.txt"
  cat "$scratch/verify.txt"
  grep -q "signatures checked against the service's root certificate" "$scratch/verify.txt"

  # A log locked with a passphrase needs SQLCipher inside the bundle; Python's own build of
  # SQLCipher must read what the bundle wrote (the bundle's SQLCipher uses the shared OpenSSL).
  export STEADY_PASSPHRASE="bundle check passphrase"
  $steady --db "$scratch/locked.db" demo
  $steady --db "$scratch/locked.db" verify
  .venv/bin/python -m app --db "$scratch/locked.db" verify
  unset STEADY_PASSPHRASE

  # The window: every customer's assessment and charts, the reply editor, the PDF viewer on
  # the packet, pictures, printing, reading aloud's engines and ICU's text functions; this is
  # what proves the parts of Qt and ICU left out of the bundle are not needed. Offscreen, and
  # on a real X server when Xvfb is there.
  STEADY_HOME="$scratch/home" QT_QPA_PLATFORM=offscreen STEADY_SELF_CHECK="$scratch/legal.pdf" \
    $steady --db "$scratch/check.db"
  if command -v xvfb-run >/dev/null; then
    STEADY_HOME="$scratch/home" QT_QPA_PLATFORM=xcb STEADY_SELF_CHECK="$scratch/legal.pdf" \
      xvfb-run -a -s "-screen 0 1280x800x24" $steady --db "$scratch/check.db"
  fi
fi
