#pragma once

#include <thread>

namespace pc {

// The first widget of a process pays for what Qt loads once: fontconfig's
// configuration and the font list, the first font file, the image-format
// plugins the style's icons are read through. StartWarmUp does that on a
// thread of its own while the GUI thread sends the first requests and builds
// the window, so the window finds it loaded (or waits only for the rest).
// Every call it makes is one Qt documents as safe outside the GUI thread
// (QFontDatabase, QFontMetrics, QImageReader; no QPixmap). Made after the
// QApplication and destroyed before it: the destructor waits for the thread.
class StartWarmUp
{
public:
    StartWarmUp();
    ~StartWarmUp();
    StartWarmUp(const StartWarmUp &) = delete;
    StartWarmUp &operator=(const StartWarmUp &) = delete;

private:
    std::thread m_thread;
};

} // namespace pc
