#pragma once

#include "common/Error.h"
#include "config/ValueValidator.h"

#include <QCoreApplication>

namespace kumiko::ui {

/// The console's words for the error catalogue: one translated sentence per code; core's English
/// message goes only into the detail.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    /// One translated sentence for the user.
    static QString summary(const Error& error);
    static QString summary(ErrorCode code);
    /// A translated sentence for a value that does not fit its config key, naming the bound, pattern or
    /// options it misses.
    static QString problem(const config::ValueProblem& problem);
    /// Code, message, field, SQLSTATE and context, for the expandable detail of a banner.
    static QString detail(const Error& error);
    /// True for errors after which reconnecting is the sensible next step (unreachable, with exceptions).
    static bool suggestsReconnect(const Error& error);
};

} // namespace kumiko::ui
