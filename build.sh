#!/usr/bin/env bash
# Linux and macOS entry point: everything is in build.ps1 (./build.sh run|test|bench [args], see there).
# PowerShell comes from the repo's local tool manifest (.config/dotnet-tools.json), so only the .NET SDK is needed.
set -euo pipefail
cd "$(dirname "$0")"
restored=$(dotnet tool restore 2>&1) || { echo "$restored" >&2; echo "build.sh: dotnet tool restore failed" >&2; exit 1; }
exec dotnet pwsh -NoLogo -NoProfile -File build.ps1 "$@"
