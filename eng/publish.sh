#!/usr/bin/env bash
# Builds the deployable package of the function app: the custom handler published self-contained for linux-x64,
# host.json at the root, one folder per function with its function.json, zipped with Unix permissions so the
# handler keeps its execute bit.
#
#   eng/publish.sh [--output FILE.zip] [--work DIR]
#
# Defaults: --output artifacts/functionapp.zip, --work artifacts/package (build and staging folders).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
output="$root/artifacts/functionapp.zip"
work="$root/artifacts/package"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --output) output="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "publish.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

project="$root/src/CaseIngest.Functions/CaseIngest.Functions.csproj"
if [[ ! -f "$project" ]]; then
  echo "publish.sh: $project not found" >&2
  exit 1
fi
command -v python3 >/dev/null || { echo "publish.sh: python3 is required to write the zip" >&2; exit 1; }

staging="$work/publish"
rm -rf "$staging"
mkdir -p "$work" "$(dirname "$output")"

# A separate artifacts path keeps this Release/linux-x64 build apart from the everyday bin/ and obj/ folders.
dotnet publish "$project" -c Release -r linux-x64 --self-contained \
  --artifacts-path "$work/build" -o "$staging" -p:DebugType=None -p:DebugSymbols=false --nologo

cp "$root/host.json" "$staging/host.json"

python3 - "$staging" "$output" <<'PY'
import json, os, stat, sys, zipfile

staging, output = sys.argv[1], sys.argv[2]

with open(os.path.join(staging, "host.json"), encoding="utf-8") as f:
    host = json.load(f)
handler = host["customHandler"]["description"]["defaultExecutablePath"]
handler_path = os.path.join(staging, handler)
if not os.path.isfile(handler_path):
    sys.exit(f"publish.sh: host.json names the handler '{handler}', which the publish output does not contain")
os.chmod(handler_path, os.stat(handler_path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)

functions = sorted(
    name for name in os.listdir(staging)
    if os.path.isfile(os.path.join(staging, name, "function.json")))
if not functions:
    sys.exit("publish.sh: the publish output has no <FunctionName>/function.json folder")

tmp = output + ".tmp"
with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
    for directory, subdirectories, files in os.walk(staging):
        subdirectories.sort()
        for name in sorted(files):
            path = os.path.join(directory, name)
            # ZipFile.write records the file's Unix mode (external attributes) with create_system = Unix.
            archive.write(path, os.path.relpath(path, staging).replace(os.sep, "/"))
os.replace(tmp, output)

print(f"{output}: handler {handler}, functions {', '.join(functions)}")
PY
