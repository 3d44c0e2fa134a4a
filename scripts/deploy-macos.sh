#!/usr/bin/env bash
# Builds Provider Console on macOS and makes its disk image (.dmg) with the
# application bundle, provider-console.app, in it.
#
# UNTESTED: written and reviewed on Linux only; no Mac has run it (README,
# "Packages"). .github/workflows/macos.yml runs it on a GitHub-hosted runner.
#
# Needs: Qt 6.4 or later for macOS with the Qt HttpServer, WebSockets and SVG
# modules and Qt Linguist's tools; the Xcode command line tools; CMake 3.25
# or later and Ninja; QtKeychain 0.13 built with -DBUILD_WITH_QT6=ON for
# that Qt.
#
#   QT_DIR=~/Qt/6.4.3/macos KEYCHAIN_PREFIX=~/qtkeychain scripts/deploy-macos.sh
#
# The steps:
#  1. configure and build a Release build of the two programs (no tests) into
#     $BUILD_DIR (build-macos); the console is an application bundle;
#  2. the sandbox goes inside the bundle (Contents/MacOS), so that it finds
#     the bundle's Qt;
#  3. macdeployqt copies into the bundle the Qt frameworks both programs use,
#     their plugins (platforms, styles, imageformats, iconengines for the SVG
#     icon, sqldrivers for the local index, tls) and QtKeychain's library,
#     rewrites the load paths, and signs the bundle ad hoc (arm64 runs
#     nothing unsigned; a release for others needs a Developer ID and
#     notarisation instead);
#  4. cpack -G DragNDrop makes the .dmg (packaging/CMakeLists.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${QT_DIR:?QT_DIR: the Qt kit, e.g. ~/Qt/6.4.3/macos}"
: "${KEYCHAIN_PREFIX:?KEYCHAIN_PREFIX: where QtKeychain is installed}"
build_dir=${BUILD_DIR:-build-macos}

# 1.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPC_BUILD_TESTS=OFF \
  -DCMAKE_PREFIX_PATH="$QT_DIR;$KEYCHAIN_PREFIX"
cmake --build "$build_dir" --parallel

# 2.
bundle=$build_dir/app/program/provider-console.app
cp "$build_dir/sandbox/provider-sandbox" "$bundle/Contents/MacOS/"

# 3.
"$QT_DIR/bin/macdeployqt" "$bundle" \
  -executable="$bundle/Contents/MacOS/provider-sandbox" \
  -libpath="$KEYCHAIN_PREFIX/lib" \
  -always-overwrite -codesign=-

# 4.
(cd "$build_dir" && cpack -G DragNDrop)
ls -1 "$build_dir"/provider-console-*.dmg
