using System.Globalization;

namespace Signpost.Core.Feedback.Reporting;

/// <summary>A count as it may be published: the true number stays inside; <see cref="Display"/> is what anyone sees.</summary>
public readonly record struct ReportCell(long Count, SuppressionMark Mark)
{
    public const string SmallNumberText = "<5";
    public const string SecondaryText = "[c]";

    public bool IsShown => Mark == SuppressionMark.None;

    public string Display => Mark switch
    {
        SuppressionMark.SmallNumber => SmallNumberText,
        SuppressionMark.Secondary => SecondaryText,
        _ => Count.ToString("N0", CultureInfo.InvariantCulture),
    };

    /// <summary>The share of <paramref name="denominator"/>, or null when either is hidden (a percentage of a hidden count gives the count away).</summary>
    public string? PercentOf(ReportCell denominator) =>
        IsShown && denominator.IsShown && denominator.Count > 0
            ? (100.0 * Count / denominator.Count).ToString("0", CultureInfo.InvariantCulture) + "%"
            : null;
}
