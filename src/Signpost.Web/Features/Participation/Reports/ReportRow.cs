namespace Signpost.Web.Features.Participation.Reports;

public sealed record ReportRow(string Label, IReadOnlyList<ReportValue> Values);
