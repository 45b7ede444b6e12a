using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>
/// The true counts behind a report, aggregated by the database. Never shown as they are: the
/// <see cref="ParticipationReportBuilder"/> applies disclosure control first.
/// </summary>
public sealed record ParticipationFigures
{
    public required IReadOnlyList<Counted<RespondentType>> ByRespondent { get; init; }
    public required IReadOnlyList<Counted<string?>> ByAgeBand { get; init; }
    public required IReadOnlyList<Counted<FeedbackChannel>> ByChannel { get; init; }
    public required IReadOnlyList<Counted<string?>> BySex { get; init; }
    public required IReadOnlyList<Counted<string?>> ByEthnicity { get; init; }
    public required IReadOnlyList<Counted<string?>> ByDisability { get; init; }
    public required IReadOnlyList<Counted<int?>> ByRating { get; init; }

    /// <summary>One list per <see cref="ReportLabels.ExperienceQuestions"/>, in that order.</summary>
    public required IReadOnlyList<IReadOnlyList<Counted<ExperienceAnswer?>>> Experience { get; init; }

    /// <summary>How many responses had each combination of ticked outcomes (at most 256 rows).</summary>
    public required IReadOnlyList<Counted<FeedbackOutcomes>> ByOutcomeSet { get; init; }

    public required IReadOnlyList<Counted<string>> ByTheme { get; init; }
    public required IReadOnlyList<MonthFigures> ByMonth { get; init; }
    public required IReadOnlyList<ApprovedQuote> Quotes { get; init; }
    public required IReadOnlyList<ChangeMade> Changes { get; init; }
    public required IReadOnlyList<(string Slug, string Label)> Themes { get; init; }

    public long Total => ByRespondent.Sum(c => c.Count);

    public long Rated => ByRating.Where(c => c.Key is not null).Sum(c => c.Count);

    public long RatingSum => ByRating.Where(c => c.Key is not null).Sum(c => c.Key!.Value * c.Count);

    public long Ticked(FeedbackOutcomes outcome) => ByOutcomeSet.Where(c => c.Key.HasFlag(outcome)).Sum(c => c.Count);
}
