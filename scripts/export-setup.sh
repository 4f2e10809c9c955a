#!/usr/bin/env bash
# Installs what the export tests (test/export.test.ts) need to read PDFs as a person's tools do, only if missing:
# Debian's poppler-utils (pdftotext, pdfinfo, pdffonts — the same pdfinfo S²LOW runs on every PDF it receives).
# Non-interactive; needs root (or sudo without password) only when something is missing.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
log() { printf '[export-setup] %s\n' "$*" >&2; }
fail() { printf '\n[export-setup] ÉCHEC / FAILED: %s\n[export-setup] Correctif / fix: %s\n' "$1" "$2" >&2; exit 1; }
if command -v pdftotext >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1; then log "ready: $(pdftotext -v 2>&1 | head -n 1)"; exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    fail "poppler-utils is missing and this user is not root" "run as root: apt-get update && apt-get install -y poppler-utils"
  fi
fi
logfile=$(mktemp)
log "apt: installing poppler-utils ..."
$SUDO apt-get update -q -o DPkg::Lock::Timeout=600 >"$logfile" 2>&1 || { tail -n 20 "$logfile" >&2; fail "apt-get update" "check that Debian's mirrors are reachable, then rerun"; }
$SUDO apt-get install -y -q -o DPkg::Lock::Timeout=600 --no-install-recommends poppler-utils </dev/null >>"$logfile" 2>&1 || \
  { tail -n 20 "$logfile" >&2; fail "apt-get install poppler-utils" "run: apt-get update && apt-get install -y poppler-utils"; }
rm -f "$logfile"
command -v pdftotext >/dev/null 2>&1 || fail "pdftotext is missing after install" "run: apt-get install -y poppler-utils"
log "ready: $(pdftotext -v 2>&1 | head -n 1)"
