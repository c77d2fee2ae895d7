#!/usr/bin/env bash
# npm skips optional dependencies whose `engines` exclude the Node running npm. When `npm install` ran on an
# older system Node, run it once more on the project's Node 24 (first on PATH in npm scripts) so packages that
# need Node >= 22 (e.g. Hardhat's EDR native binary) are installed too.
set -euo pipefail
[ -n "${NRN_REINSTALL:-}" ] && exit 0
case "${npm_config_user_agent:-}" in
  *node/v1[0-9].*|*node/v2[01].*)
    echo "postinstall: npm ran on an older Node; completing the install on $(node --version)" >&2
    NRN_REINSTALL=1 npm install --no-audit --no-fund --no-save >&2 ;;
esac
