#!/usr/bin/env bash
# What the Firefox and WebKit test layers need, installed by the test command (npm test runs
# `npm run test:engines`, which calls this), not by `npm start`: a reader who only wants the page
# downloads no extra browser. Installs only what is missing; safe to run again.
#   apt: firefox-esr (Firefox), webkit2gtk-driver + libwebkit2gtk-4.1-0 (WebKitWebDriver and the
#        MiniBrowser it drives), xvfb (a virtual display for WebKitGTK)
#   npm: tests/firefox (puppeteer-core) and tests/webkit (webdriverio), each from its own lockfile
set -euo pipefail
cd "$(dirname "$0")/../.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
[ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] || missing+=(libwebkit2gtk-4.1-0)
command -v xvfb-run >/dev/null || missing+=(xvfb)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test:engines: installing ${missing[*]}"
  as_root apt-get update -q
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "${missing[@]}"
fi

for dir in tests/firefox tests/webkit; do
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
