#!/bin/sh
# Runs one program (an end-to-end test) on a private X server (Xvfb) with a
# window manager (openbox), as a desktop would have: the manager gives a new
# window the keyboard, which is what real key events (xdotool) need.
#   tests/e2e/run-under-xvfb.sh PROGRAM [ARGUMENTS]
set -eu
exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" sh -c '
  openbox > /dev/null 2>&1 &
  manager=$!
  # The manager is up once it owns the screen; the program starts after.
  for i in $(seq 1 50); do
    xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && break
    sleep 0.1
  done
  status=0
  "$@" || status=$?
  kill "$manager" 2>/dev/null || true
  exit $status
' run-under-xvfb "$@"
