namespace Signpost.Web.Features.Participation.Reports;

/// <summary>A published "you said, we did" in the report's period.</summary>
public sealed record ChangeMade(string YouSaid, string WeDid, string? ServiceName, string? ThemeLabel, DateTime? PublishedAt);
