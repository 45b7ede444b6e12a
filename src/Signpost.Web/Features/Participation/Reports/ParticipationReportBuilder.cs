using System.Globalization;
using Signpost.Core.Feedback;
using Signpost.Core.Feedback.Reporting;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>
/// Turns true counts into published tables. Disclosure control is applied here, once, so the page,
/// the print and the exports cannot disagree (rules in docs/adr/0006-participation-disclosure-control.md).
/// </summary>
public static class ParticipationReportBuilder
{
    private static readonly string[] CountAndShare = ["Responses", "Share"];

    public static ParticipationReport Build(ParticipationFilter filter, ParticipationFigures figures)
    {
        var total = SmallNumberSuppression.Primary(figures.Total);
        var who = new List<ReportTable>
        {
            Group("audience", "Who gave feedback", "Responses by who gave them.", "Who",
                Enum.GetValues<RespondentType>().Select(t => (ReportLabels.Respondent(t), Count(figures.ByRespondent, t)))),
            Group("age-band", "Age", "Responses by the age band people gave.", "Age band",
                FeedbackAgeBands.All.Select(b => (FeedbackAgeBands.Label(b), Count(figures.ByAgeBand, b)))
                    .Append((ReportLabels.NotGiven, Count(figures.ByAgeBand, null)))),
            Group("channel", "How people took part", "Responses by how they were given.", "How",
                Enum.GetValues<FeedbackChannel>().Select(c => (ReportLabels.Channel(c), Count(figures.ByChannel, c)))),
            Equality("sex", "Sex", EqualityOptions.Sex, figures.BySex),
            Equality("ethnicity", "Ethnic group", EqualityOptions.Ethnicity, figures.ByEthnicity),
            Equality("disability", "Disability", EqualityOptions.Disability, figures.ByDisability),
        };

        var rated = SmallNumberSuppression.Primary(figures.Rated);
        var said = new List<ReportTable>
        {
            Group("rating", "Rating", "How people rated the service, from 1 (poor) to 5 (very good).", "Rating",
                Enumerable.Range(1, 5).Select(r => (r.ToString(CultureInfo.InvariantCulture), Count(figures.ByRating, (int?)r)))
                    .Append(("Not rated", Count(figures.ByRating, null)))),
            Experience(figures),
            Outcomes(figures),
            Themes(figures),
            Trend(figures),
        };

        // An average of fewer than 5 ratings is as good as the ratings themselves.
        var average = rated.IsShown && figures.Rated > 0
            ? (figures.RatingSum / (double)figures.Rated).ToString("0.0", CultureInfo.InvariantCulture)
            : null;
        return new ParticipationReport(filter, total, average, who, said, figures.Quotes, figures.Changes);
    }

    private static long Count<TKey>(IReadOnlyList<Counted<TKey>> counts, TKey key) =>
        counts.Where(c => EqualityComparer<TKey>.Default.Equals(c.Key, key)).Sum(c => c.Count);

    private static ReportTable Group(string id, string title, string description, string rowHeading, IEnumerable<(string Label, long Count)> rows)
    {
        var list = rows.ToList();
        var group = SmallNumberSuppression.Group(list.Select(r => r.Count).ToList());
        return new ReportTable(id, title, description, rowHeading, CountAndShare,
            list.Select((r, i) => new ReportRow(r.Label, [ReportValue.Of(group.Cells[i]), Share(group.Cells[i], group.Total)])).ToList(),
            new ReportRow("Total", [ReportValue.Of(group.Total), new ReportValue("")]));
    }

    private static ReportValue Share(ReportCell cell, ReportCell total) => new(cell.PercentOf(total) ?? "");

    private static ReportTable Equality(string id, string title, IReadOnlyList<(string Code, string Label)> options, IReadOnlyList<Counted<string?>> counts)
    {
        // Answers outside the list (an old code) are counted with "not given" rather than shown alone.
        var known = options.Select(o => (o.Label, Count(counts, o.Code))).ToList();
        var other = counts.Where(c => !EqualityOptions.IsKnown(options, c.Key)).Sum(c => c.Count);
        return Group(id, title, $"Responses by {title.ToLowerInvariant()}: an optional question, reported only in total.", title,
            known.Append((ReportLabels.NotGiven, other)));
    }

    private static ReportTable Experience(ParticipationFigures figures)
    {
        ExperienceAnswer?[] answers = [ExperienceAnswer.Yes, ExperienceAnswer.Partly, ExperienceAnswer.No, ExperienceAnswer.NotSure, null];
        var rows = ReportLabels.ExperienceQuestions.Select((question, i) =>
        {
            // Each question's answers add up to the number of responses: a group of its own.
            var group = SmallNumberSuppression.Group(answers.Select(a => Count(figures.Experience[i], a)).ToList());
            var values = group.Cells.Select(ReportValue.Of).Append(ReportValue.Of(group.Total)).Append(Share(group.Cells[0], group.Total)).ToList();
            return new ReportRow(question.Label, values);
        }).ToList();
        return new ReportTable("experience", "How was it?", "Answers to the four questions about getting help.", "Question",
            answers.Select(ReportLabels.Answer).Append("Total").Append("Share saying yes").ToList(), rows);
    }

    private static ReportTable Outcomes(ParticipationFigures figures)
    {
        var asked = figures.Total;
        var rows = ReportLabels.Outcomes.Select(o =>
        {
            var cell = SmallNumberSuppression.OutOf(figures.Ticked(o), asked);
            return new ReportRow(ReportLabels.Outcome(o), [ReportValue.Of(cell), Share(cell, SmallNumberSuppression.Primary(asked))]);
        }).ToList();
        return new ReportTable("outcomes", "Did it help?", "People ticking each outcome; a person may tick several, so these do not add up.", "Outcome",
            ["Responses ticking it", "Share of all responses"], rows);
    }

    private static ReportTable Themes(ParticipationFigures figures)
    {
        var rows = figures.Themes.Select(t =>
            new ReportRow(t.Label, [ReportValue.Of(SmallNumberSuppression.Primary(Count(figures.ByTheme, t.Slug)))])).ToList();
        return new ReportTable("themes", "Themes", "Responses officers tagged with each theme; a response may have several.", "Theme",
            ["Responses"], rows);
    }

    private static ReportTable Trend(ParticipationFigures figures)
    {
        var group = SmallNumberSuppression.Group(figures.ByMonth.Select(m => m.Count).ToList());
        var rows = figures.ByMonth.Select((m, i) =>
        {
            var cell = group.Cells[i];
            var average = cell.IsShown && !SmallNumberSuppression.IsSmall(m.Rated) && m.Rated > 0
                ? (m.RatingSum / (double)m.Rated).ToString("0.0", CultureInfo.InvariantCulture)
                : "";
            var month = new DateTime(m.Year, m.Month, 1).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
            return new ReportRow(month, [ReportValue.Of(cell), new ReportValue(average)]);
        }).ToList();
        return new ReportTable("trend", "Responses by month", "Responses each month and their average rating (UTC months).", "Month",
            ["Responses", "Average rating"], rows, new ReportRow("Total", [ReportValue.Of(group.Total), new ReportValue("")]));
    }
}
