#pragma once

#include "common/Result.h"

#include <QTest>

/// Fails the current test with the error's code and message when `result` is not ok.
#define KUMIKO_VERIFY_OK(result)                                                                             \
    do {                                                                                                     \
        const auto& kumikoResult_ = (result);                                                                \
        QVERIFY2(kumikoResult_.ok(),                                                                         \
                 kumikoResult_.ok() ? "" : qPrintable(kumikoResult_.error().toString()));                    \
    } while (false)

/// Asserts that `result` failed with the stable error code `expectedCode`.
#define KUMIKO_VERIFY_ERROR(result, expectedCode)                                                            \
    do {                                                                                                     \
        const auto& kumikoResult_ = (result);                                                                \
        QVERIFY2(!kumikoResult_.ok(), "expected an error, got success");                                     \
        QCOMPARE(kumikoResult_.error().codeName(), QStringLiteral(expectedCode));                            \
    } while (false)
