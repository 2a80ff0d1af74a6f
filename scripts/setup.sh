#!/usr/bin/env bash
# Prepares a machine for Steady: a Python virtual environment with the app and its tools, and
# the Debian packages the tests use. Safe to run again; it only does what is missing.
# Usage: scripts/setup.sh [run|test]
set -euo pipefail
cd "$(dirname "$0")/.."
purpose=${1:-run}

need_debs=()
if [[ $purpose == test ]]; then
  # pdftotext/pdftoppm and qpdf check the packets; Xvfb and the xcb libraries show a real window.
  # libpulse0 lets QtTextToSpeech load (the tests use its mock engine for reading aloud).
  # openssl plays a time-stamping authority in the tests (never the internet); icu-devtools
  # and gcc rebuild the desktop bundle's ICU data smaller (scripts/trim-icu.sh); patchelf lets
  # its modules share one OpenSSL (scripts/share-libs.sh); libcups2 is the computer's own CUPS
  # that the bundle's print plugin must load (scripts/build-bundle.sh --check).
  for pkg in openssl poppler-utils qpdf xvfb libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 \
             libxcb-cursor0 libegl1 libfontconfig1 libdbus-1-3 libpulse0 icu-devtools gcc \
             patchelf libcups2; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need_debs+=("$pkg")
  done
else
  for pkg in libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-cursor0 libegl1 libpulse0; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need_debs+=("$pkg")
  done
fi
if ((${#need_debs[@]})) && command -v apt-get >/dev/null; then
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "Installing Debian packages: ${need_debs[*]}"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${need_debs[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$python" -c 'import sys; assert sys.version_info >= (3, 11), "Steady needs Python 3.11 or newer"'
  "$python" -m venv .venv
fi
stamp=".venv/.steady-installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [[ ! -f $stamp ]]; then
  echo "Installing Steady and its Python packages into .venv (first run takes a minute)…"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  rm -f .venv/.steady-installed-*
  touch "$stamp"
fi
