#pragma once

#include <QString>

namespace pc {
class MainWindow;
}

// What the program reports about its own start, for the README's pictures,
// the smoke tests and the benchmarks. Both end the program when done.
namespace pc::program {

// --screenshot: once both areas show their first page (or an error), grab the
// window to a PNG at `path` and quit (exit code 1 when it cannot be written or
// nothing arrives within a minute).
void scheduleScreenshot(MainWindow *window, const QString &path);

// --report-first-paint: print the CLOCK_MONOTONIC time at which the first rows
// of the table shown (offerings, or instances with --view instances) have been
// painted, as JSON on standard output, and quit.
void reportFirstPaint(MainWindow *window);

} // namespace pc::program
