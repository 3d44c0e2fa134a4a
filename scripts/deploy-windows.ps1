<#
.SYNOPSIS
    Builds Provider Console on Windows and makes its installers: an NSIS
    setup (.exe), a WiX installer (.msi) and a .zip.

.DESCRIPTION
    UNTESTED: written and reviewed on Linux only; no Windows machine has run
    it (README, "Packages"). .github/workflows/windows.yml runs it on a
    GitHub-hosted runner.

    Needs: Qt 6.4 or later for MinGW 64-bit with the Qt HttpServer,
    WebSockets and SVG modules and Qt Linguist's tools; the MinGW toolchain
    Qt was built with on PATH (the code uses POSIX's isatty, which MinGW
    has and MSVC lacks); CMake 3.25 or later and Ninja; QtKeychain 0.13
    built with -DBUILD_WITH_QT6=ON for that Qt; NSIS and the WiX Toolset 3
    on PATH for the installers.

    The steps:
      1. configure and build a Release build of the two programs (no tests)
         into -BuildDir;
      2. windeployqt copies the Qt DLLs the programs use, their plugins
         (platforms, styles, imageformats, iconengines for the SVG icon,
         sqldrivers for the local index, tls) and the MinGW runtime into
         <BuildDir>\deploy;
      3. QtKeychain's DLL is copied there too (windeployqt only knows Qt's);
      4. cpack makes the packages; packaging/CMakeLists.txt installs
         <BuildDir>\deploy beside the programs.

.PARAMETER QtDir
    The Qt kit, e.g. C:\Qt\6.4.3\mingw_64 (holds bin\windeployqt.exe).

.PARAMETER KeychainPrefix
    Where QtKeychain is installed (holds lib\cmake\Qt6Keychain and bin\*.dll).

.PARAMETER BuildDir
    The build folder (default: build-windows).

.EXAMPLE
    scripts\deploy-windows.ps1 -QtDir C:\Qt\6.4.3\mingw_64 -KeychainPrefix C:\qtkeychain
#>
param(
    [Parameter(Mandatory = $true)][string]$QtDir,
    [Parameter(Mandatory = $true)][string]$KeychainPrefix,
    [string]$BuildDir = "build-windows"
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked {
    & $args[0] $args[1..($args.Count - 1)]
    if ($LASTEXITCODE -ne 0) { throw "$($args[0]) failed with exit code $LASTEXITCODE" }
}

# 1. The programs, Release, no tests.
Invoke-Checked cmake -S . -B $BuildDir -G Ninja -DCMAKE_BUILD_TYPE=Release -DPC_BUILD_TESTS=OFF `
    "-DCMAKE_PREFIX_PATH=$QtDir;$KeychainPrefix"
Invoke-Checked cmake --build $BuildDir --parallel

# 2. Qt's DLLs and plugins, and the compiler's runtime.
$deploy = Join-Path $BuildDir "deploy"
if (Test-Path $deploy) { Remove-Item -Recurse -Force $deploy }
New-Item -ItemType Directory -Path $deploy | Out-Null
$windeployqt = Join-Path $QtDir "bin\windeployqt.exe"
foreach ($program in @("app\program\provider-console.exe", "sandbox\provider-sandbox.exe")) {
    Invoke-Checked $windeployqt --release --dir $deploy --no-quick-import (Join-Path $BuildDir $program)
}

# 3. QtKeychain (libqt6keychain.dll with MinGW, qt6keychain.dll with MSVC).
$keychainDlls = Get-ChildItem -Path (Join-Path $KeychainPrefix "bin") -Filter "*qt6keychain*.dll"
if ($keychainDlls.Count -eq 0) { throw "no QtKeychain DLL under $KeychainPrefix\bin" }
$keychainDlls | Copy-Item -Destination $deploy

# 4. The packages.
Push-Location $BuildDir
try {
    Invoke-Checked cpack -G "NSIS;WIX;ZIP"
} finally {
    Pop-Location
}
Get-ChildItem -Path $BuildDir -Include "provider-console-*.exe", "provider-console-*.msi", "provider-console-*.zip" -Name
