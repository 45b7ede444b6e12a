using Signpost.Core.Feedback.Reporting;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>Everything a participation report publishes, after disclosure control.</summary>
public sealed record ParticipationReport(
    ParticipationFilter Filter,
    ReportCell Responses,
    string? AverageRating,
    IReadOnlyList<ReportTable> WhoTookPart,
    IReadOnlyList<ReportTable> WhatTheySaid,
    IReadOnlyList<ApprovedQuote> Quotes,
    IReadOnlyList<ChangeMade> Changes)
{
    public IEnumerable<ReportTable> Tables => WhoTookPart.Concat(WhatTheySaid);
}
