using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Signpost.Data;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>The approved responses a filter covers, de-identified, streamed from the store one row at a time.</summary>
public sealed class DeidentifiedResponses(SignpostDbContext db, ParticipationQueries queries)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "month", "service", "organisation", "who", "age band", "postcode district", "how",
        .. ReportLabels.ExperienceQuestions.Select(q => q.Label),
        "outcomes", "rating", "themes", "approved quote", "demo",
    ];

    public async IAsyncEnumerable<IReadOnlyList<object?>> RowsAsync(ParticipationFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var themes = await db.FeedbackThemes.AsNoTracking().ToDictionaryAsync(t => t.Slug, t => t.Label, cancellationToken);

        // Ordered by month and service, not by id or time, so the order itself tells nothing about when someone wrote.
        var rows = from r in queries.Approved(filter)
                   from s in db.Services.Where(s => s.Id == r.ServiceId).DefaultIfEmpty()
                   from o in db.Organisations.Where(o => o.Id == r.OrganisationId).DefaultIfEmpty()
                   orderby r.SubmittedAt.Year, r.SubmittedAt.Month, s.Name, r.Respondent, r.AgeBand, r.Id
                   select new DeidentifiedResponse(
                       r.SubmittedAt.Year,
                       r.SubmittedAt.Month,
                       s == null ? null : s.Name,
                       o == null ? null : o.Name,
                       r.Respondent,
                       r.AgeBand,
                       r.PostcodeDistrict,
                       r.Channel,
                       r.EasyToGetTo,
                       r.ListenedAndRespected,
                       r.Confidential,
                       r.TimesRight,
                       r.Outcomes,
                       r.Rating,
                       string.Join(",", r.Themes.Select(t => t.ThemeSlug)),
                       r.MayQuote && r.QuoteApproved ? r.Text : null,
                       r.IsDemo);

        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                $"{row.Year:D4}-{row.Month:D2}",
                row.Service ?? "General feedback",
                row.Organisation ?? "",
                ReportLabels.Respondent(row.Respondent),
                ReportLabels.AgeBand(row.AgeBand),
                row.District ?? ReportLabels.NotGiven,
                ReportLabels.Channel(row.Channel),
                ReportLabels.Answer(row.EasyToGetTo),
                ReportLabels.Answer(row.ListenedAndRespected),
                ReportLabels.Answer(row.Confidential),
                ReportLabels.Answer(row.TimesRight),
                ReportLabels.OutcomeList(row.Outcomes),
                row.Rating is { } rating ? (long)rating : null,
                ThemeLabels(row.ThemeSlugs, themes),
                row.Quote ?? "",
                row.IsDemo ? "yes" : "no",
            ];
        }
    }

    private static string ThemeLabels(string? slugs, IReadOnlyDictionary<string, string> themes) =>
        string.IsNullOrEmpty(slugs)
            ? ""
            : string.Join("; ", slugs.Split(',').Select(s => themes.TryGetValue(s, out var label) ? label : s).Order(StringComparer.Create(CultureInfo.InvariantCulture, true)));
}
