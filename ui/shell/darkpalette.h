#pragma once

#include <QPalette>

namespace pc {

// A dark palette for the whole program (--dark), for where the desktop's own
// is not to be had (offscreen screenshots, a desktop without a dark theme).
// The window otherwise follows the system's palette, light or dark: every
// colour it draws is taken from the palette it is given.
QPalette darkPalette();
// Makes the application dark: the Fusion style (which draws with the
// palette, as not every platform style does) and darkPalette().
void useDarkPalette();

} // namespace pc
