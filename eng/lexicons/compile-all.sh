#!/usr/bin/env bash
# Rewrites every lexicon the engine compiles from the shared vocabularies (../shared/corpus/vocab), then shows
# which shipped tables changed. Each script records its sources, their versions and SHA-256 in the table header.
set -euo pipefail
cd "$(dirname "$0")/../.."
for script in eng/lexicons/*.py; do
  echo "== $script"
  python3 "$script"
done
git --no-pager diff --stat -- src/CaseIngest.Core/Lexicons/Data
