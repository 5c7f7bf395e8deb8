#!/usr/bin/env bash
# The browsers the test layers drive, installed by the test commands, not by `npm start`
# (web/tools/setup.sh): a reader who only wants the page downloads no browser.
#   bash tests/install-browsers.sh [chromium] [firefox] [webkit]   (none named: all three)
#   chromium  apt: chromium (tests/browser, tests/package, npm run bench: playwright-core, locked at the root)
#   firefox   apt: firefox-esr; npm: tests/firefox (puppeteer-core, its own lockfile)
#   webkit    apt: webkit2gtk-driver, libwebkit2gtk-4.1-0 (WebKitWebDriver, MiniBrowser), xvfb;
#             npm: tests/webkit (webdriverio, its own lockfile: it conflicts with puppeteer-core 25)
# Installs only what is missing; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

engines=("$@")
[ ${#engines[@]} -gt 0 ] || engines=(chromium firefox webkit)

missing=()
npm_dirs=()
for engine in "${engines[@]}"; do
  case "$engine" in
    chromium)
      [ -x /usr/bin/chromium ] || missing+=(chromium) ;;
    firefox)
      [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
      npm_dirs+=(tests/firefox) ;;
    webkit)
      [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
      [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] || missing+=(libwebkit2gtk-4.1-0)
      command -v xvfb-run >/dev/null || missing+=(xvfb)
      npm_dirs+=(tests/webkit) ;;
    *) echo "install-browsers: unknown engine '$engine' (chromium, firefox, webkit)" >&2; exit 2 ;;
  esac
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-browsers: installing ${missing[*]}"
  as_root apt-get update -q
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "${missing[@]}"
fi

# npm ci in a driver's folder only when its lockfile changed since the last install.
for dir in "${npm_dirs[@]}"; do
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
