#!/usr/bin/env bash
# Rebuilds the bundle's ICU data library with only what Qt asks ICU for: collation, case
# mapping, time zone ids and the converters. Qt Core calls ucol_*, u_strToUpper/Lower,
# ucal_* (time zone id and name) and ucnv_*; it never asks ICU for the names of languages,
# regions, currencies, units or zones, spelled-out numbers, transliteration or line breaks
# (Qt breaks text itself), so that 23 MB of data stays out. Needs icupkg (icu-devtools) and
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
icupkg -r "$work/drop.txt" "$work/full/$name" "$work/trimmed/$name"
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
