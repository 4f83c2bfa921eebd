#!/usr/bin/env pwsh
# The project's one build script, the same on Windows, Linux and macOS. PowerShell comes from the repo's local tool
# manifest (.config/dotnet-tools.json): `dotnet tool restore`, then `dotnet pwsh build.ps1 TARGET [args]`;
# on Linux and macOS ./build.sh does both.
#   run      run the web app on its embedded PostgreSQL (http://localhost:5080); further arguments go to the app
#   test     install what the tests need (Debian, as root), build Release, run every test project one after another,
#            and end with one line "N passed, N failed[, N skipped]"; exits non-zero when anything failed
#   bench    run the benchmarks (durable embedded PostgreSQL): assess documents eventstore lifecycle finance managers team digest
#            web load work, or only those named; --quick (under 5 min), --output=DIR, --connection=CS;
#            one results table in bench-results/bench.md and bench.json
#   codegen  rewrite Wolverine's handler code in src/Claims/Internal/Generated after a handler's signature changes
#            (the hosts load it in TypeLoadMode.Static and ship no compiler; a test fails while it is out of date)
# Arguments are read from $args rather than a param block so that options such as --quick reach the programs unchanged.
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

# Debian packages the tests read their results with (PostgreSQL itself, CJK fonts, poppler, qpdf, LibreOffice as a
# real .xlsx reader, Chromium for the browser tests), each with the test that says it is already there.
$TestPackages = [ordered]@{
    'postgresql'         = { (Test-Path '/usr/lib/postgresql/*/bin/pg_ctl') -or (Test-Command 'pg_ctl') }
    'fonts-wqy-microhei' = { Test-Path '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc' }
    'poppler-utils'      = { Test-Command 'pdftotext' }
    'qpdf'               = { Test-Command 'qpdf' }
    'libreoffice-calc'   = { Test-Command 'libreoffice' }
    'chromium'           = { Test-Command 'chromium' }
}

function Test-Command([string]$Name) { [bool](Get-Command $Name -CommandType Application -ErrorAction SilentlyContinue) }

function Install-TestPackages {
    if (-not $IsLinux) {
        # Windows and macOS install nothing here: PostgreSQL (PG_BIN or the installer's folder), poppler, qpdf,
        # LibreOffice and Chromium must be present.
        return $true
    }
    $missing = @($TestPackages.Keys | Where-Object { -not (& $TestPackages[$_]) })
    if ($missing.Count -eq 0) { return $true }
    if ((& id -u) -ne '0' -or -not (Test-Command 'apt-get')) {
        [Console]::Error.WriteLine("build.ps1: the tests need these packages, install them first: $($missing -join ' ')")
        return $true
    }
    Write-Host "build.ps1: installing $($missing -join ' ') ..."
    $env:DEBIAN_FRONTEND = 'noninteractive'
    & apt-get update -qq > $null
    if ($LASTEXITCODE -eq 0) { & apt-get install -y -qq --no-install-recommends @missing > $null }
    if ($LASTEXITCODE -ne 0) {
        [Console]::Error.WriteLine("build.ps1: apt-get install failed for: $($missing -join ' ')")
        return $false
    }
    return $true
}

# One project's counters from its TRX file; a project that produced no results, or failed without a failed test
# (the test host crashed), counts as one failure so the totals never look green when they are not.
function Read-TestCounts([string]$Trx, [string]$Name, [int]$ExitCode) {
    $counts = [pscustomobject]@{ Passed = 0; Failed = 0; Skipped = 0 }
    if (Test-Path $Trx) {
        $c = ([xml](Get-Content -Raw $Trx)).TestRun.ResultSummary.Counters
        $counts.Passed = [int]$c.passed
        $counts.Failed = [int]$c.failed + [int]$c.error + [int]$c.timeout + [int]$c.aborted
        # xunit's skipped tests show only as the difference between total and executed
        $counts.Skipped = [Math]::Max([int]$c.notExecuted, [int]$c.total - [int]$c.executed)
    }
    else {
        [Console]::Error.WriteLine("build.ps1: $Name produced no results (test host crashed?)")
    }
    if ($ExitCode -ne 0 -and $counts.Failed -eq 0) {
        if (Test-Path $Trx) { [Console]::Error.WriteLine("build.ps1: $Name exited with $ExitCode without a failed test (test host crashed?)") }
        $counts.Failed = 1
    }
    return $counts
}

# Ends the script: its output is the test run itself, its exit code whether anything failed.
function Invoke-Tests {
    if (-not (Install-TestPackages)) { Write-Output '0 passed, 1 failed'; exit 1 }
    $results = Join-Path $PSScriptRoot 'TestResults'
    if (Test-Path $results) { Remove-Item -Recurse -Force $results }
    New-Item -ItemType Directory $results | Out-Null
    & dotnet build Claims.sln -c Release -nologo -v q
    if ($LASTEXITCODE -ne 0) { Write-Output '0 passed, 1 failed'; exit 1 }
    $passed = 0; $failed = 0; $skipped = 0
    # Test projects run one after another: each starts its own PostgreSQL and the machine may have 2 cores.
    foreach ($proj in Get-ChildItem tests -Directory | Sort-Object Name) {
        $csproj = Join-Path $proj.FullName "$($proj.Name).csproj"
        if (-not (Test-Path $csproj) -or -not (Select-String -Quiet -SimpleMatch -Path $csproj -Pattern '<IsTestProject>true</IsTestProject>')) { continue }
        Write-Output "== $($proj.Name)"
        & dotnet test $proj.FullName -c Release --no-build -nologo `
            --logger "trx;LogFileName=$($proj.Name).trx" --logger 'console;verbosity=minimal' --results-directory $results
        $counts = Read-TestCounts (Join-Path $results "$($proj.Name).trx") $proj.Name $LASTEXITCODE
        $passed += $counts.Passed; $failed += $counts.Failed; $skipped += $counts.Skipped
    }
    if ($skipped -gt 0) { Write-Output "$passed passed, $failed failed, $skipped skipped" } else { Write-Output "$passed passed, $failed failed" }
    exit ($failed -gt 0 ? 1 : 0)
}

$target = if ($args.Count -gt 0) { [string]$args[0] } else { 'test' }
$rest = @($args | Select-Object -Skip 1)
switch ($target) {
    'run' { & dotnet run --project src/Claims.Web @rest; exit $LASTEXITCODE }
    'test' { Invoke-Tests }
    'bench' { & dotnet run --project bench/Claims.Benchmarks -c Release -- @rest; exit $LASTEXITCODE }
    'codegen' {
        Remove-Item -Recurse -Force src/Claims/Internal/Generated -ErrorAction SilentlyContinue
        & dotnet run --project tools/Claims.Codegen -- src/Claims/Internal/Generated; exit $LASTEXITCODE
    }
    default { [Console]::Error.WriteLine('usage: ./build.ps1 run|test|bench|codegen [args]'); exit 2 }
}
