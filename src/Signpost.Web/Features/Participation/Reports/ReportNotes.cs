using Signpost.Core.Feedback.Reporting;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>What every copy of a report says about itself: its filter, and how to read hidden counts.</summary>
public static class ReportNotes
{
    public const string Suppression =
        $"Counts of 1 to 4 are shown as {ReportCell.SmallNumberText}. {ReportCell.SecondaryText} marks a larger count hidden so that a small one cannot be worked out by subtraction. Shares and averages of hidden counts are left blank.";

    public const string Limits =
        "Views represent participants only: the people who chose to give feedback, not everyone who used a service. Only responses a participation officer approved are counted.";

    public static IEnumerable<(string Label, string Value)> About(ParticipationReport report) =>
        report.Filter.Description.Select(d => ("Filter", d))
            .Append(("Only approved responses", "yes"))
            .Append(("Disclosure control", Suppression))
            .Append(("Limits", Limits));
}
