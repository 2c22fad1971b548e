#!/usr/bin/env bash
# First step of `npm test`, so that `npm install && npm test` works on a fresh
# Debian/Ubuntu machine: installs the system packages the suite needs when it may
# (root, or sudo without a password), otherwise stops at once printing the exact
# command to run. Installs nothing that is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# The engines the suite runs (web-test-runner.config.js): all three unless E911_BROWSERS says.
engines="${E911_BROWSERS:-chromium,firefox,webkit}"
missing=()
need() { command -v "$1" >/dev/null 2>&1 || [ -n "${2:-}" ]; }
case ",$engines," in *,chromium,*) need chromium "${CHROME_PATH:-}" || missing+=(chromium) ;; esac
case ",$engines," in *,firefox,*) { need firefox-esr "${FIREFOX_PATH:-}" || need firefox; } || missing+=(firefox-esr) ;; esac
case ",$engines," in
  *,webkit,*)
    need WebKitWebDriver "${WEBKIT_WEBDRIVER_PATH:-}" || missing+=(webkit2gtk-driver)
    if [ -z "${DISPLAY:-}" ]; then
      need xvfb-run || missing+=(xvfb)
      need xauth || missing+=(xauth)
    fi
    ;;
esac
need xmllint || missing+=(libxml2-utils)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    echo "test: missing system packages: ${missing[*]}" >&2
    echo "test: run this once, then run the tests again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "test: missing ${missing[*]} and no apt-get here; install them with your package manager (see README, Development)." >&2
    exit 2
  fi
  echo "test: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

oracles="${E911_ORACLES:-../shared/oracles}"
if [ ! -d "$oracles" ]; then
  echo "test: $oracles is missing: the PIDF-LO schema tests need the shared oracles beside the clone (or E911_ORACLES pointing at them)" >&2
  exit 2
fi
