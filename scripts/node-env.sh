# Sourced by scripts/serve and .ci/run: puts Node >= 22.15 first on PATH, installing Node 24
# from the npm registry into ~/.cache/opkit-node when the system Node is older.
node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=15)?0:1)'
}
if ! node_ok; then
  if [ ! -x "$HOME/.cache/opkit-node/node_modules/.bin/node" ]; then
    echo "== installing Node 24 into ~/.cache/opkit-node (system node: $(node --version 2>/dev/null || echo none))"
    npm install --prefix "$HOME/.cache/opkit-node" node@24 --no-audit --no-fund --loglevel=error >/dev/null || return 1
  fi
  export PATH="$HOME/.cache/opkit-node/node_modules/.bin:$PATH"
fi
