#!/usr/bin/env bash
# Rewrites every lexicon the engine compiles from the shared vocabularies (../shared/corpus/vocab), then shows
# which shipped tables changed. Each script records its sources, their versions and SHA-256 in the table header.
set -euo pipefail
cd "$(dirname "$0")/../.."
# conditions.py reads the CTCAE table ctcae.py writes, so it runs last.
for script in eng/lexicons/*.py; do
  [ "$script" = eng/lexicons/conditions.py ] && continue
  echo "== $script"
  python3 "$script"
done
echo "== eng/lexicons/conditions.py"
python3 eng/lexicons/conditions.py
git --no-pager diff --stat -- src/CaseIngest.Core/Lexicons/Data
