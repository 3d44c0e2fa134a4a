#pragma once

#include "app/records/domain.h"

namespace pc::test {

// Compares every field of two instances with QCOMPARE (times as instants and
// as the API's text, offset included); the calling test function fails with
// the first difference (check QTest::currentTestFailed() to stop early).
void compareInstances(const AppInstance &actual, const AppInstance &expected);

} // namespace pc::test
