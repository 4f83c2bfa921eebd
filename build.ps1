# Build script for Windows; the twin of build.sh with the same targets.
#   ./build.ps1 run | test | bench [args]
param([Parameter(Position = 0)][ValidateSet('run', 'test', 'bench')][string]$Target = 'test',
      [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

function Invoke-Tests {
    # On Windows the tests need PostgreSQL (PG_BIN or the installer's default folder), poppler, qpdf,
    # LibreOffice and Chromium on PATH; nothing is installed automatically here.
    $results = Join-Path $PSScriptRoot 'TestResults'
    if (Test-Path $results) { Remove-Item -Recurse -Force $results }
    dotnet build Claims.sln -c Release -nologo -v q
    if ($LASTEXITCODE -ne 0) { Write-Output '0 passed, 1 failed'; exit 1 }
    $rc = 0
    foreach ($proj in Get-ChildItem tests -Directory) {
        $csproj = Join-Path $proj.FullName "$($proj.Name).csproj"
        if (-not (Select-String -Quiet -Path $csproj -Pattern '<IsTestProject>true</IsTestProject>')) { continue }
        dotnet test $proj.FullName -c Release --no-build -nologo --logger "trx;LogFileName=$($proj.Name).trx" --results-directory $results
        if ($LASTEXITCODE -ne 0) { $rc = 1 }
    }
    $passed = 0; $failed = 0; $skipped = 0
    foreach ($trx in Get-ChildItem $results -Filter *.trx) {
        [xml]$x = Get-Content $trx.FullName
        $c = $x.TestRun.ResultSummary.Counters
        $passed += [int]$c.passed; $failed += [int]$c.failed + [int]$c.error; $skipped += [int]$c.notExecuted
    }
    if ($failed -gt 0) { $rc = 1 }
    if ($skipped -gt 0) { Write-Output "$passed passed, $failed failed, $skipped skipped" } else { Write-Output "$passed passed, $failed failed" }
    exit $rc
}

switch ($Target) {
    'run'   { dotnet run --project src/Claims.Web @Rest }
    'test'  { Invoke-Tests }
    'bench' { dotnet run --project bench/Claims.Benchmarks -c Release -- @Rest }
}
