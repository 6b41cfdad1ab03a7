#!/usr/bin/env bash
# Installs what the real-editor tests (test/editors/) need on a fresh Debian
# machine of this project's kind: Debian packages (chromium, ripgrep, neovim
# and the tool chain that code-server's native modules compile with) and
# code-server 4.100.3 (= VS Code 1.100.3, the newest that runs on Node 20)
# into the git-ignored .cache/code-server/. Idempotent: a second run checks
# and returns in about a second. Downloads nothing but Debian and npm packages.
#
# Exit status: 0 when everything is in place, or when this machine cannot
# install (not root, no apt-get): then the editor tests skip and say why.
# Non-zero when an install was possible but failed, so CI stops here with the
# reason instead of failing later in the tests.
# See docs/testing.md and ../shared/design/real-editor-testing.md.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3
CACHE_DIR=.cache/code-server
# Written last, after a successful install and a start-up check: its presence is what "done" means.
STAMP="$CACHE_DIR/installed-$CODE_SERVER_VERSION"
DEBIAN_PACKAGES=(chromium ripgrep neovim libkrb5-dev build-essential python3)

started=$SECONDS
# One line on the terminal (what was done, or that nothing was needed); the details go to the log.
mkdir -p .cache
LOG=.cache/setup-editors.log
printf 'setup-editors: %s\n' "$(date -u +%FT%TZ)" >"$LOG"
say() { printf 'setup-editors: %s\n' "$*" >>"$LOG"; }
done_steps=()
finish() { # <status> <summary>
  say "$2"
  printf 'setup-editors: %s (%d s; details in %s)\n' "$2" "$((SECONDS - started))" "$LOG"
  exit "$1"
}

# --- Debian packages --------------------------------------------------------
missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
  say "Debian packages present: ${DEBIAN_PACKAGES[*]}"
else
  if [[ $(id -u) -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    finish 0 "SKIPPED: missing Debian packages (${missing[*]}) and no root or password-less sudo to install them; the editor tests will skip (install by hand: apt-get install ${missing[*]})"
  fi
  if ! command -v apt-get >/dev/null; then
    finish 0 "SKIPPED: missing ${missing[*]} and this is not a Debian/Ubuntu machine (no apt-get); the editor tests will skip"
  fi
  step=$SECONDS
  say "installing Debian packages: ${missing[*]}"
  # The package lists are fetched only when something is missing: a warm run stays offline.
  if ! { "${as_root[@]}" apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >>"$LOG" 2>&1; then
    tail -n 20 "$LOG" >&2
    finish 1 "FAILED: apt-get install ${missing[*]}"
  fi
  say "installed ${missing[*]} in $((SECONDS - step)) s"
  done_steps+=("installed Debian packages ${missing[*]}")
fi

# --- code-server -------------------------------------------------------------
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [[ $node_major != 20 ]]; then
  # code-server 4.100.3 declares engines.node "20"; its native modules are built for the running Node.
  say "WARNING: code-server $CODE_SERVER_VERSION needs Node 20, this is Node $node_major; the install may fail."
fi

if [[ -f $STAMP && -x $CACHE_DIR/node_modules/.bin/code-server ]]; then
  say "code-server $CODE_SERVER_VERSION present in $CACHE_DIR"
else
  step=$SECONDS
  say "installing code-server $CODE_SERVER_VERSION into $CACHE_DIR (about 2 minutes: native modules compile)"
  rm -rf "$CACHE_DIR"
  mkdir -p "$CACHE_DIR"
  # Its own package.json, so that npm installs here and never touches the project's dependencies.
  printf '{ "name": "internet-first-lint-editors", "private": true, "description": "code-server for the editor tests, installed by scripts/setup-editors.sh" }\n' >"$CACHE_DIR/package.json"

  # @vscode/ripgrep's postinstall downloads rg from GitHub unless this cache
  # holds the release tarball: give it Debian's rg in that shape.
  case $(uname -m) in
    x86_64) rg_target=x86_64-unknown-linux-musl ;;
    aarch64) rg_target=aarch64-unknown-linux-musl ;;
    *) rg_target=unknown ;;
  esac
  # Its temporary folder is ours, under .cache/, so nothing lands in the system's /tmp.
  install_tmp="$PWD/.cache/tmp"
  mkdir -p "$install_tmp"
  rg_cache="$install_tmp/vscode-ripgrep-cache-1.15.11"
  rg_tarball="$rg_cache/ripgrep-v13.0.0-10-$rg_target.tar.gz"
  if [[ ! -s $rg_tarball ]]; then
    mkdir -p "$rg_cache"
    rg_stage=$(mktemp -d "$install_tmp/rg-stage.XXXXXX")
    cp /usr/bin/rg "$rg_stage/rg"
    tar -czf "$rg_tarball" -C "$rg_stage" rg
    rm -rf "$rg_stage"
    say "placed Debian's rg as $rg_tarball"
  fi

  # npm_config_unsafe_perm: as root, code-server's postinstall refuses to run otherwise.
  # npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which a `yes=false` config cancels.
  log="$CACHE_DIR/install.log"
  if ! (cd "$CACHE_DIR" && TMPDIR="$install_tmp" npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >install.log 2>&1); then
    tail -n 40 "$log" >&2
    finish 1 "FAILED: npm install code-server@$CODE_SERVER_VERSION (full log: $log)"
  fi
  # Even --version writes a default config file: keep it out of the home folder.
  scratch=$(mktemp -d "$install_tmp/code-server-check.XXXXXX")
  if ! version=$(XDG_CONFIG_HOME=$scratch XDG_DATA_HOME=$scratch "$CACHE_DIR/node_modules/.bin/code-server" --version 2>&1); then
    printf '%s\n' "$version" >&2
    rm -rf "$scratch"
    finish 1 "FAILED: code-server was installed but does not start (log: $log)"
  fi
  rm -rf "$scratch"
  touch "$STAMP"
  say "installed code-server $(tail -n 1 <<<"$version") in $((SECONDS - step)) s"
  done_steps+=("installed code-server $CODE_SERVER_VERSION into $CACHE_DIR")
fi

if ((${#done_steps[@]} == 0)); then
  finish 0 "editor prerequisites already in place (Debian packages, code-server $CODE_SERVER_VERSION): nothing to do"
fi
summary=$(IFS=';'; printf '%s' "${done_steps[*]}")
finish 0 "${summary//;/; }"
