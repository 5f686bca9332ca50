#!/usr/bin/env bash
# Installs everything Kompilasi needs on Debian 12, idempotently: compilers, libraries,
# Emscripten, Chromium for the browser tests, fonts, and the sources of the compiled
# libraries that the browser build needs (from Debian's source packages).
# Uses sudo when not run as root. Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive

PKGS=(build-essential cmake ninja-build pkg-config dpkg-dev xz-utils ca-certificates
      clang-14 lld-14 libclang-rt-14-dev
      emscripten binaryen
      nlohmann-json3-dev doctest-dev libglfw3-dev libgl-dev
      zlib1g-dev libminizip-dev libpugixml-dev libxlsxwriter-dev libsodium-dev
      fonts-noto-core fonts-dejavu-core
      chromium xvfb xauth imagemagick x11-apps libgl1-mesa-dri libglx-mesa0
      python3 python3-openpyxl python3-pandas time)

# Debian's own Node.js only where the machine has none (NodeSource's node carries npm and
# conflicts with Debian's npm package).
if ! command -v node >/dev/null 2>&1; then PKGS+=(nodejs npm); fi

missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

src_list=/etc/apt/sources.list.d/kompilasi-src.sources
need_update=0
[ ${#missing[@]} -gt 0 ] && need_update=1
if [ ! -f "$src_list" ]; then
  # deb-src entries mirroring the machine's binary sources, for `apt-get source`
  for f in /etc/apt/sources.list.d/*.sources; do
    [ "$f" = "$src_list" ] && continue
    sed -e 's/^Types: deb$/Types: deb-src/' "$f"; echo
  done | $SUDO tee "$src_list" >/dev/null
  need_update=1
fi
if [ "$need_update" = 1 ]; then
  $SUDO apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Sources of the compiled libraries, shared by the native and the browser build.
third=third_party/src
mkdir -p "$third"
fetch_source() { # package, folder glob that the orig tarball unpacks to
  local pkg=$1 dir=$2 v
  if ls -d "$third"/$dir >/dev/null 2>&1; then return; fi
  # The security suite lists sources it does not serve: try each version, newest first.
  for v in $(apt-cache showsrc "$pkg" | awk '/^Version:/{print $2}' | sort -rV -u); do
    (cd "$third" && apt-get source --download-only -qq "$pkg=$v" >/dev/null 2>&1) && break
  done
  (cd "$third" && tar -xf "$(ls ${pkg}_*.orig.tar.* | head -1)" && rm -f ${pkg}_*)
  ls -d "$third"/$dir >/dev/null 2>&1 || { echo "setup: could not unpack the source of $pkg" >&2; exit 1; }
}
fetch_source imgui 'imgui-1.86'
fetch_source zlib 'zlib-1.2.13*'
fetch_source pugixml 'pugixml-1.13'
fetch_source libsodium 'libsodium-1.0.18'

# Browser-test tooling from npm: playwright-core pinned in tests/e2e/package-lock.json to
# 1.61.1, the newest that still runs on Debian's node 18 (it drives Debian's Chromium).
e2e=tests/e2e
if [ ! -f "$e2e/node_modules/.package-lock.json" ] || [ "$e2e/package-lock.json" -nt "$e2e/node_modules/.package-lock.json" ]; then
  (cd "$e2e" && npm ci --no-audit --no-fund --silent >/dev/null)
fi
echo "setup: ready"
