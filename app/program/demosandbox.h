#pragma once

#include "ui/shell/appcontroller.h"

class QObject;

namespace pc::program {

// Starts the built-in sandbox with `instanceCount` demo instances when the
// demo is asked for, owned by `owner` (the application) from then on.
AppController::DemoStarter demoStarter(QObject *owner, int instanceCount);

} // namespace pc::program
