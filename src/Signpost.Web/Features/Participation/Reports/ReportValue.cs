using Signpost.Core.Feedback.Reporting;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>A value as published: its text ("12", "&lt;5", "67%", "4.2"), and the count behind it when it is a count.</summary>
public sealed record ReportValue(string Text, ReportCell? Cell = null)
{
    public static ReportValue Of(ReportCell cell) => new(cell.Display, cell);

    public static readonly ReportValue Hidden = new("");

    /// <summary>A number a spreadsheet can add up: shown counts only.</summary>
    public long? Number => Cell is { IsShown: true } cell ? cell.Count : null;
}
