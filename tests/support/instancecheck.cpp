#include "tests/support/instancecheck.h"

#include "app/records/timestamp.h"

#include <QTest>

namespace pc::test {

void compareInstances(const AppInstance &actual, const AppInstance &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.nodeId, expected.nodeId);
    QCOMPARE(actual.appOffering.id, expected.appOffering.id);
    QCOMPARE(actual.appOffering.name, expected.appOffering.name);
    QCOMPARE(actual.appOffering.reference, expected.appOffering.reference);
    QCOMPARE(actual.customerAccount.id, expected.customerAccount.id);
    QCOMPARE(actual.customerAccount.name, expected.customerAccount.name);
    QCOMPARE(actual.customerRepresentative.id, expected.customerRepresentative.id);
    QCOMPARE(actual.customerRepresentative.name, expected.customerRepresentative.name);
    QCOMPARE(actual.webhook.id, expected.webhook.id);
    QCOMPARE(actual.webhookPolicy.id, expected.webhookPolicy.id);
    QCOMPARE(actual.disabled, expected.disabled);
    QCOMPARE(actual.enabledByCustomer, expected.enabledByCustomer);
    QCOMPARE(actual.suspended, expected.suspended);
    QCOMPARE(actual.suspensionComment, expected.suspensionComment);
    QCOMPARE(actual.customFields, expected.customFields);
    QCOMPARE(actual.extra, expected.extra);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.updatedAt, expected.updatedAt);
    // The API's own text comes back as it was written, offset included.
    QCOMPARE(formatApiTimestamp(actual.createdAt), formatApiTimestamp(expected.createdAt));
    QCOMPARE(formatApiTimestamp(actual.updatedAt), formatApiTimestamp(expected.updatedAt));
}

} // namespace pc::test
