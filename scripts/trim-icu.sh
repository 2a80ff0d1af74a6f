#!/usr/bin/env bash
# Rebuilds the bundle's ICU data library with only what Qt asks ICU for: collation, case
# mapping, time zone ids and the converters. Qt Core calls ucol_*, u_strToUpper/Lower,
# ucal_* (time zone id and name) and ucnv_*; it never asks ICU for the names of languages,
# regions, currencies, units or zones, spelled-out numbers, transliteration or line breaks
# (Qt breaks text itself), nor for each language's calendars and number formats (Qt has its
# own locale data), so that 26 MB of data stays out (ui/shell/self_check.py sorts French,
# Swedish and Chinese the way each language does). Of the converters only the
# single-byte tables stay (windows-1252, ISO 8859, KOI8…, a few KB each): the 35 multi-byte
# tables (Shift-JIS, GB 18030, Big5, EUC, EBCDIC DBCS; 4.6 MB) would serve only a Qt text
# decoder asked for them by name, and Steady asks none: mail is decoded by Python's own
# codecs, which stay (scripts/build-bundle.sh --check imports Shift-JIS mail, and
# ui/shell/self_check.py decodes windows-1252 through ICU). Needs icupkg (icu-devtools) and
# a C compiler; without them the full data is kept and this says so.
# Usage: scripts/trim-icu.sh dist/Steady/_internal/PySide6/Qt/lib
set -euo pipefail
lib_dir=$1
data=$(ls "$lib_dir"/libicudata.so.* 2>/dev/null | head -1 || true)
[[ -n $data ]] || exit 0  # no ICU in this bundle (macOS, Windows)
if ! command -v icupkg >/dev/null || ! command -v cc >/dev/null || ! command -v objcopy >/dev/null; then
  echo "trim-icu: icupkg, cc or objcopy missing; keeping ICU's full data ($(du -m "$data" | cut -f1) MB)"
  exit 0
fi
version=${data##*.so.}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The items inside are named after the package file (icudt73l/...), so both files keep that name.
name="icudt${version}l.dat"
mkdir "$work/full" "$work/trimmed"
objcopy -O binary --only-section=.rodata "$data" "$work/full/$name"
icupkg -l "$work/full/$name" >"$work/items"
# (icupkg reads a list of items only from a file whose name ends in .txt.)
grep -E '^(curr|lang|region|unit|zone|rbnf|translit|brkitr)/' "$work/items" >"$work/drop.txt" || true
# Each language's own data (calendars, number formats, display names): collation reads only
# its coll/ tree. The root, the shared pool and the supplemental tables stay.
grep -E '^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$' "$work/items" | grep -vE '^(root|pool)\.res$' \
  >>"$work/drop.txt" || true
grep -E '\.cnv$' "$work/items" >"$work/converters.txt" || true
mkdir "$work/converters"
icupkg -x "$work/converters.txt" -d "$work/converters" "$work/full/$name"
find "$work/converters" -name '*.cnv' -size +39k -printf '%f\n' >>"$work/drop.txt"
# A small table that only extends a dropped one goes too (icupkg names each and refuses).
trimmed=no
for _ in 1 2 3; do
  if icupkg -r "$work/drop.txt" "$work/full/$name" "$work/trimmed/$name" >"$work/refused" 2>&1; then
    trimmed=yes
    break
  fi
  sed -n 's/^Item \(.*\) depends on missing item .*/\1/p' "$work/refused" >>"$work/drop.txt"
done
[[ $trimmed == yes ]] || { cat "$work/refused" >&2; exit 1; }
cat >"$work/icudata.S" <<ASM
    .section .rodata
    .globl icudt${version}_dat
    .type icudt${version}_dat, @object
    .balign 16
icudt${version}_dat:
    .incbin "$work/trimmed/$name"
    .size icudt${version}_dat, . - icudt${version}_dat
    .section .note.GNU-stack,"",@progbits
ASM
cc -shared -nostdlib -o "$work/libicudata.so" -Wl,-soname,"$(basename "$data")" "$work/icudata.S"
before=$(du -k "$data" | cut -f1)
cp "$work/libicudata.so" "$data"
echo "trim-icu: ICU data $((before / 1024)) MB -> $(($(du -k "$data" | cut -f1) / 1024)) MB"
