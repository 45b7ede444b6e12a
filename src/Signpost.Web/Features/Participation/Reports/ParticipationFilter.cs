using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>
/// What a participation report covers, as read from the filter form's query string. Only approved
/// responses are ever counted; the rest narrows them. Times are UTC bounds of UK days.
/// </summary>
public sealed record ParticipationFilter
{
    public DateTime? FromUtc { get; init; }

    /// <summary>Exclusive: the start of the UK day after the last one in the period.</summary>
    public DateTime? UntilUtc { get; init; }

    public required string PeriodText { get; init; }
    public string? District { get; init; }

    /// <summary>A town's postcode districts (see <see cref="LocalityDistricts"/>), or null for anywhere.</summary>
    public IReadOnlyList<string>? Districts { get; init; }

    public Guid? ServiceId { get; init; }
    public Guid? CategoryId { get; init; }
    public Guid? OrganisationId { get; init; }
    public string? ThemeSlug { get; init; }
    public RespondentType? Respondent { get; init; }
    public string? AgeBand { get; init; }
    public FeedbackOutcomes Outcome { get; init; }
    public bool IncludeDemo { get; init; } = true;

    /// <summary>The chosen filters in words, one per line ("Age band: 14 to 15"), for the report, the print and the audit log.</summary>
    public required IReadOnlyList<string> Description { get; init; }

    /// <summary>The query string that gives this filter again ("?period=12&amp;age=14-15"), for the export and print links.</summary>
    public required string QueryString { get; init; }
}
