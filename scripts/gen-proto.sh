#!/usr/bin/env bash
# Generates proto/gen/nrn.js (+ .d.ts) from every proto/nrn/**/*.proto with protobufjs' static code generator.
# The generated files are committed so that using the chain needs no code generation.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find proto/nrn -name '*.proto' | sort)
[ ${#files[@]} -gt 0 ] || { echo "no .proto files under proto/nrn"; exit 1; }
mkdir -p proto/gen
npx pbjs -p proto -t static-module -w es6 --force-number --no-verify --no-convert --no-delimited --keep-case -o proto/gen/nrn.js "${files[@]}"
npx pbts -o proto/gen/nrn.d.ts proto/gen/nrn.js
sed -i "s%import \* as \$protobuf from \"protobufjs/minimal\";%import \$protobuf from \"protobufjs/minimal.js\";\n// 64-bit fields decode to JS numbers (NRN keeps amounts in strings; ids and heights stay below 2^53).\n\$protobuf.util.Long = undefined; \$protobuf.configure();%" proto/gen/nrn.js
echo "generated proto/gen/nrn.js from ${#files[@]} files"
