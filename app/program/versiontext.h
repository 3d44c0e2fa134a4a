#pragma once

#include <QString>

namespace pc::program {

// What --version prints: the console's version, the Qt it runs on and the
// one it was compiled against (they differ after a Qt update without a
// rebuild), and the git revision it was built from.
QString versionText();

} // namespace pc::program
