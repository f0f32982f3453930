# Sourced by scripts/test and scripts/serve (after scripts/node-env.sh): installs the npm packages
# with `npm ci` -- exactly the lock, for this platform -- when node_modules was not installed from
# the current package.json files (the root's and the workspaces') and package-lock.json. The hash
# of those files is kept in node_modules/.opkit-install; `npm ci` removes node_modules first, so a
# failed install leaves no hash and the next run installs again. Contents, not modification times:
# a checkout or a copy can leave an old lock newer than node_modules, or a new one older.
npm_ci_if_changed() {
  local want have=""
  want="$(node -e '
    const { createHash } = require("node:crypto");
    const { readFileSync, existsSync } = require("node:fs");
    const hash = createHash("sha256");
    const workspaces = JSON.parse(readFileSync("package.json", "utf8")).workspaces ?? [];
    for (const file of ["package.json", "package-lock.json", ...workspaces.map((w) => `${w}/package.json`)])
      hash.update(file).update(existsSync(file) ? readFileSync(file) : "");
    console.log(hash.digest("hex"));
  ')" || return 1
  [ -f node_modules/.opkit-install ] && have="$(cat node_modules/.opkit-install)"
  if [ "$want" != "$have" ]; then
    echo "== npm ci"
    npm ci --no-audit --no-fund --loglevel=error || return 1
    echo "$want" > node_modules/.opkit-install
  fi
}
