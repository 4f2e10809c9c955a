#!/usr/bin/env bash
# Installs what the editor tests (test/editors, `npm run test:editors`) need, only what is missing:
# Debian's neovim and emacs-nox, and elpa-eglot when that Emacs has no Eglot built in (Emacs 28 on Debian 12).
# Non-interactive (CI=true, no stdin); needs root (or sudo without password) only when something is missing.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

log() { printf '[editors-setup] %s\n' "$*" >&2; }
fail() { printf '\n[editors-setup] ÉCHEC / FAILED: %s\n[editors-setup] Correctif / fix: %s\n' "$1" "$2" >&2; exit 1; }
has_eglot() { emacs --batch --eval "(require 'eglot)" >/dev/null 2>&1; }

missing=()
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
command -v emacs >/dev/null 2>&1 || missing+=(emacs-nox)

install() {
  local SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
      fail "Debian packages $* are missing and this user is not root" "run as root: apt-get update && apt-get install -y $*"
    fi
  fi
  local logfile; logfile=$(mktemp)
  log "apt: installing $* ..."
  $SUDO apt-get update -q -o DPkg::Lock::Timeout=600 >"$logfile" 2>&1 || { tail -n 20 "$logfile" >&2; fail "apt-get update" "check that Debian's mirrors are reachable, then rerun"; }
  $SUDO apt-get install -y -q -o DPkg::Lock::Timeout=600 --no-install-recommends "$@" </dev/null >>"$logfile" 2>&1 || \
    { tail -n 20 "$logfile" >&2; fail "apt-get install $*" "run: apt-get update && apt-get install -y $*"; }
  rm -f "$logfile"
}

if [ ${#missing[@]} -gt 0 ]; then install "${missing[@]}"; fi
# Eglot is built into Emacs 29 and later; Debian 12's Emacs 28 takes it from elpa-eglot.
if ! has_eglot; then
  install elpa-eglot
  has_eglot || fail "Emacs has no Eglot even after installing elpa-eglot" "install Eglot (M-x package-install RET eglot) or Emacs 29+"
fi
command -v nvim >/dev/null 2>&1 || fail "nvim is missing after install" "run: apt-get install -y neovim"
log "ready: $(nvim --version | head -n 1), $(emacs --version | head -n 1), Eglot present"
