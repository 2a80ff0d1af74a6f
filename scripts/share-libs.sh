#!/usr/bin/env bash
# Makes the bundle's modules share one copy of a library where their wheels each brought
# their own: SQLCipher's OpenSSL (6 MB) becomes the OpenSSL that Python's ssl and hashlib
# already use (both are OpenSSL 3; SQLCipher asks only for OPENSSL_3.0.0 functions), and
# Pillow's X11 screen-grab library uses the bundle's libXau instead of a copy padded to 2 MB.
# scripts/build-bundle.sh --check opens a locked log with the result, and the same log with
# SQLCipher's own build, to prove the encryption did not change. Needs patchelf; without it
# the copies stay and this says so.
# Usage: scripts/share-libs.sh dist/Steady/_internal
set -euo pipefail
internal=$1
[[ -d $internal ]] || exit 0
if ! command -v patchelf >/dev/null || ! command -v readelf >/dev/null; then
  echo "share-libs: patchelf or readelf missing; keeping each module's own copies"
  exit 0
fi

# share MODULE_GLOB PRIVATE_PREFIX SHARED_NAME RPATH
# Points each module matching MODULE_GLOB from its private PRIVATE_PREFIX* library to the
# bundle's SHARED_NAME, found through RPATH, and deletes the private copy.
share() {
  local pattern=$1 prefix=$2 shared=$3 rpath=$4 module private
  [[ -f $internal/$shared ]] || { echo "share-libs: no $shared in the bundle; skipping"; return; }
  for module in $internal/$pattern; do
    [[ -f $module ]] || continue
    private=$(readelf -dW "$module" | sed -n "s/.*(NEEDED).*\[\($prefix[^]]*\)\].*/\1/p")
    [[ -n $private ]] || continue
    patchelf --replace-needed "$private" "$shared" --set-rpath "$rpath" "$module"
    echo "share-libs: $(basename "$module") now uses $shared instead of $private"
    # The private copy goes only when no other library or module in the bundle still needs it.
    if ! needed_anywhere "$private"; then
      find "$internal" -name "$private" -delete
    fi
  done
}

needed_anywhere() {
  local file
  while IFS= read -r -d '' file; do
    readelf -dW "$file" 2>/dev/null | grep -F "(NEEDED)" | grep -qF "[$1]" && return 0
  done < <(find "$internal" -type f -name '*.so*' -print0)
  return 1
}

share 'sqlcipher3/_sqlite3*.so' 'libcrypto-' libcrypto.so.3 '$ORIGIN/..'
rmdir "$internal/sqlcipher3_binary.libs" 2>/dev/null || true
share 'pillow.libs/libxcb-*.so*' 'libXau-' libXau.so.6 '$ORIGIN:$ORIGIN/..'
