#pragma once

#include "domain/ConsistencyCheck.h"

namespace kumiko::domain {

/// Where a running consistency check puts what it finds: every finding is counted, the first ones
/// are kept.
class ConsistencyTally
{
public:
    ConsistencyTally(ConsistencyReport& report, int keepFindings);

    void add(ConsistencyFinding finding);
    void countRows(qint64 rows) { m_report.rows += rows; }

private:
    ConsistencyReport& m_report;
    int m_keep;
};

} // namespace kumiko::domain
