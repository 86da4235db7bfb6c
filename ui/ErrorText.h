#pragma once

#include "common/Error.h"

#include <QCoreApplication>

namespace kumiko::ui {

/// Maps stable error codes from core to short translated messages; the detail keeps the technical text.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    /// One translated sentence for the user.
    static QString summary(const Error& error);
    /// Code, SQLSTATE, message and context, for the expandable detail of a banner.
    static QString detail(const Error& error);
    /// True for errors after which reconnecting is the sensible next step.
    static bool suggestsReconnect(const Error& error);
};

} // namespace kumiko::ui
