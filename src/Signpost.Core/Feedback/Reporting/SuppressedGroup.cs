namespace Signpost.Core.Feedback.Reporting;

/// <summary>Counts that add up to <see cref="Total"/>, after disclosure control.</summary>
public sealed record SuppressedGroup(IReadOnlyList<ReportCell> Cells, ReportCell Total);
