namespace Signpost.Web.Features.Participation.Reports;

/// <summary>A filter read from the query string: what it means, what was typed, and what was wrong with it (those parts left out).</summary>
public sealed record FilterReading(
    ParticipationFilter Filter,
    ParticipationFilterInput Input,
    FilterChoices Choices,
    IReadOnlyList<(string Key, string Message)> Errors);
