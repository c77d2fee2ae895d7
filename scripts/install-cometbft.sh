#!/usr/bin/env bash
# Installs the pinned CometBFT into .tools/bin (git-ignored) with `go install`, once; later runs reuse it.
set -euo pipefail
VERSION="${COMETBFT_VERSION:-v0.38.26}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/.tools/bin/cometbft"
want="${VERSION#v}"
if [ -x "$bin" ] && [ "$("$bin" version 2>/dev/null)" = "$want" ]; then exit 0; fi
if ! command -v go >/dev/null; then
  echo "install-cometbft: Go is needed to build CometBFT $VERSION (https://go.dev/dl), or put a cometbft $want binary at $bin" >&2
  exit 1
fi
echo "install-cometbft: building CometBFT $VERSION with go install (first run only, ~2 min)..." >&2
mkdir -p "$root/.tools/bin"
GOBIN="$root/.tools/bin" GOFLAGS=-mod=mod go install "github.com/cometbft/cometbft/cmd/cometbft@$VERSION"
got="$("$bin" version)"
[ "$got" = "$want" ] || { echo "install-cometbft: expected version $want, binary says $got" >&2; exit 1; }
echo "install-cometbft: CometBFT $got at $bin" >&2
