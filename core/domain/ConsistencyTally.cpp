#include "domain/ConsistencyTally.h"

namespace kumiko::domain {

ConsistencyTally::ConsistencyTally(ConsistencyReport& report, int keepFindings)
    : m_report(report)
    , m_keep(keepFindings)
{}

void ConsistencyTally::add(ConsistencyFinding finding)
{
    ++m_report.counts[finding.kind];
    if (qsizetype(m_report.findings.size()) < m_keep)
        m_report.findings.push_back(std::move(finding));
}

} // namespace kumiko::domain
