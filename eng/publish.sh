#!/usr/bin/env bash
# Builds the deployable package of the function app, a .NET isolated worker: a framework-dependent `dotnet publish`
# (the Functions host on Flex Consumption provides the .NET runtime), checked for the files the host needs at the
# root (host.json, functions.metadata, worker.config.json, extensions.json and the .azurefunctions/ folder), zipped.
#
#   eng/publish.sh [--output FILE.zip] [--work DIR] [--ready-to-run]
#   eng/publish.sh --cli [--aot] [--output DIR] [--work DIR]
#
# Defaults: --output artifacts/functionapp.zip, --work artifacts/package (build and staging folders).
# --ready-to-run precompiles the assemblies for linux-x64 (a faster cold start, a larger package).
# --cli publishes the command line tool instead, ReadyToRun for linux-x64, to DIR (default artifacts/cli);
# --aot makes it a Native AOT executable (extract only: the table storage commands fail under AOT; needs clang or
# clang-14 and zlib1g-dev).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
output="$root/artifacts/functionapp.zip"
work="$root/artifacts/package"
ready_to_run=false
cli=false
aot=false

while [[ $# -gt 0 ]]; do
  case "$1" in
    --output) output="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --ready-to-run) ready_to_run=true; shift ;;
    --cli) cli=true; shift ;;
    --aot) aot=true; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "publish.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

if [[ "$cli" == true ]]; then
  [[ "$output" == "$root/artifacts/functionapp.zip" ]] && output="$root/artifacts/cli"
  [[ "$work" == "$root/artifacts/package" ]] && work="$root/artifacts/cli-build"
  if [[ "$aot" == true ]] && ! command -v clang >/dev/null && ! command -v clang-14 >/dev/null; then
    echo "publish.sh: the Native AOT linker needs clang (apt-get install clang zlib1g-dev)" >&2
    exit 1
  fi
  dotnet publish "$root/src/CaseIngest.Cli/CaseIngest.Cli.csproj" -c Release -r linux-x64 --nologo \
    -p:CaseIngestCliAot="$aot" --artifacts-path "$work" -o "$output"
  "$output/caseingest" --help >/dev/null
  echo "$output/caseingest: $([[ "$aot" == true ]] && echo "Native AOT" || echo "ReadyToRun")"
  exit 0
fi

project="$root/src/CaseIngest.Functions/CaseIngest.Functions.csproj"
if [[ ! -f "$project" ]]; then
  echo "publish.sh: $project not found" >&2
  exit 1
fi
command -v python3 >/dev/null || { echo "publish.sh: python3 is required to write the zip" >&2; exit 1; }

staging="$work/publish"
rm -rf "$staging"
mkdir -p "$work" "$(dirname "$output")"

options=(-c Release --self-contained false -p:DebugType=None -p:DebugSymbols=false --nologo)
if [[ "$ready_to_run" == true ]]; then
  options+=(-r linux-x64 -p:PublishReadyToRun=true)
fi

# A separate artifacts path keeps this Release build apart from the everyday bin/ and obj/ folders.
dotnet publish "$project" "${options[@]}" --artifacts-path "$work/build" -o "$staging"

if [[ ! -f "$staging/host.json" ]]; then
  cp "$root/host.json" "$staging/host.json"
fi
rm -f "$staging/local.settings.json"

python3 - "$staging" "$output" <<'PY'
import json, os, sys, zipfile

staging, output = sys.argv[1], sys.argv[2]

required = ["host.json", "functions.metadata", "worker.config.json", "extensions.json"]
missing = [name for name in required if not os.path.isfile(os.path.join(staging, name))]
if not os.path.isdir(os.path.join(staging, ".azurefunctions")):
    missing.append(".azurefunctions/")
if missing:
    sys.exit(f"publish.sh: the publish output lacks {', '.join(missing)}: is the function app an isolated worker?")

with open(os.path.join(staging, "host.json"), encoding="utf-8") as f:
    if "customHandler" in json.load(f):
        sys.exit("publish.sh: host.json still configures a custom handler")
with open(os.path.join(staging, "worker.config.json"), encoding="utf-8") as f:
    worker = json.load(f)["description"]["defaultWorkerPath"]
if not os.path.isfile(os.path.join(staging, worker)):
    sys.exit(f"publish.sh: worker.config.json names '{worker}', which the publish output does not contain")
with open(os.path.join(staging, "functions.metadata"), encoding="utf-8") as f:
    functions = sorted(function["name"] for function in json.load(f))
if not functions:
    sys.exit("publish.sh: functions.metadata lists no function")

tmp = output + ".tmp"
with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
    for directory, subdirectories, files in os.walk(staging):
        subdirectories.sort()
        for name in sorted(files):
            path = os.path.join(directory, name)
            archive.write(path, os.path.relpath(path, staging).replace(os.sep, "/"))
os.replace(tmp, output)

print(f"{output}: worker {worker}, functions {', '.join(functions)}")
PY
