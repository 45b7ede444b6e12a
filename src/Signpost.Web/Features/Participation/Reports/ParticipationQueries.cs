using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Feedback;
using Signpost.Data;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>
/// The report's queries. Every figure is a GROUP BY in the database over the filtered, approved
/// responses, so a report over 100,000 responses reads small result sets, never the rows.
/// </summary>
public sealed class ParticipationQueries(SignpostDbContext db)
{
    /// <summary>The most quotes a report shows: enough to give a flavour without becoming the responses export.</summary>
    public const int QuoteLimit = 30;

    /// <summary>Approved responses the filter covers; pending, rejected and escalated ones never count.</summary>
    public IQueryable<FeedbackResponse> Approved(ParticipationFilter filter)
    {
        var query = Source(filter).AsNoTracking().Where(r => r.Status == FeedbackStatus.Approved);
        if (filter.FromUtc is { } from)
        {
            query = query.Where(r => r.SubmittedAt >= from);
        }

        if (filter.UntilUtc is { } until)
        {
            query = query.Where(r => r.SubmittedAt < until);
        }

        if (!filter.IncludeDemo)
        {
            query = query.Where(r => !r.IsDemo);
        }

        if (filter.District is { } district)
        {
            query = query.Where(r => r.PostcodeDistrict == district);
        }

        if (filter.Districts is { } districts)
        {
            query = query.Where(r => r.PostcodeDistrict != null && districts.Contains(r.PostcodeDistrict));
        }

        if (filter.ServiceId is { } serviceId)
        {
            query = query.Where(r => r.ServiceId == serviceId);
        }

        if (filter.OrganisationId is { } organisationId)
        {
            query = query.Where(r => r.OrganisationId == organisationId);
        }

        if (filter.CategoryId is { } categoryId)
        {
            var inCategory = ServicesInCategory(categoryId);
            query = query.Where(r => inCategory.Contains(r.ServiceId));
        }

        if (filter.ThemeSlug is { } theme)
        {
            query = query.Where(r => r.Themes.Any(t => t.ThemeSlug == theme));
        }

        if (filter.Respondent is { } respondent)
        {
            query = query.Where(r => r.Respondent == respondent);
        }

        if (filter.AgeBand is { } ageBand)
        {
            query = query.Where(r => r.AgeBand == ageBand);
        }

        if (filter.Outcome != FeedbackOutcomes.None)
        {
            var flag = (int)filter.Outcome;
            query = query.Where(r => ((int)r.Outcomes & flag) != 0);
        }

        return query;
    }

    public async Task<ParticipationFigures> FiguresAsync(ParticipationFilter filter, CancellationToken cancellationToken)
    {
        var approved = Approved(filter);
        var experience = new List<IReadOnlyList<Counted<ExperienceAnswer?>>>
        {
            await CountByAsync(approved, r => r.EasyToGetTo, cancellationToken),
            await CountByAsync(approved, r => r.ListenedAndRespected, cancellationToken),
            await CountByAsync(approved, r => r.Confidential, cancellationToken),
            await CountByAsync(approved, r => r.TimesRight, cancellationToken),
        };

        var themed = from t in db.FeedbackResponseThemes.AsNoTracking()
                     join r in approved on t.FeedbackResponseId equals r.Id
                     group t by t.ThemeSlug into g
                     select new Counted<string>(g.Key, g.LongCount());

        var months = await approved
            .GroupBy(r => new { r.SubmittedAt.Year, r.SubmittedAt.Month })
            .Select(g => new MonthFigures(g.Key.Year, g.Key.Month, g.LongCount(), g.LongCount(r => r.Rating != null), g.Sum(r => (long)(r.Rating ?? 0))))
            .ToListAsync(cancellationToken);

        return new ParticipationFigures
        {
            ByRespondent = await CountByAsync(approved, r => r.Respondent, cancellationToken),
            ByAgeBand = await CountByAsync(approved, r => r.AgeBand, cancellationToken),
            ByChannel = await CountByAsync(approved, r => r.Channel, cancellationToken),
            BySex = await CountByAsync(approved, r => r.Sex, cancellationToken),
            ByEthnicity = await CountByAsync(approved, r => r.Ethnicity, cancellationToken),
            ByDisability = await CountByAsync(approved, r => r.Disability, cancellationToken),
            ByRating = await CountByAsync(approved, r => r.Rating, cancellationToken),
            Experience = experience,
            ByOutcomeSet = await CountByAsync(approved, r => r.Outcomes, cancellationToken),
            ByTheme = await themed.ToListAsync(cancellationToken),
            ByMonth = months.OrderBy(m => m.Year).ThenBy(m => m.Month).ToList(),
            Quotes = await QuotesAsync(approved, cancellationToken),
            Changes = await ChangesAsync(filter, cancellationToken),
            Themes = (await db.FeedbackThemes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Label)
                .Select(t => new { t.Slug, t.Label }).ToListAsync(cancellationToken)).Select(t => (t.Slug, t.Label)).ToList(),
        };
    }

    /// <summary>
    /// Most responses are approved, so for a broad filter SQLite's choice of the status index means a
    /// row lookup per response: 4-6 times slower than reading the table straight through (measured
    /// at 100,000 responses, bench/results/participation_N100000.md). Without statistics the planner
    /// cannot know that, so broad filters say NOT INDEXED; a service, an organisation or a period of
    /// up to 6 months is selective enough for the indexes.
    /// </summary>
    private IQueryable<FeedbackResponse> Source(ParticipationFilter filter)
    {
        var selective = filter.ServiceId is not null || filter.OrganisationId is not null
            || (filter.FromUtc is { } from && (filter.UntilUtc ?? DateTime.UtcNow) - from <= TimeSpan.FromDays(186));
        return selective || !db.Database.IsSqlite()
            ? db.FeedbackResponses
            : db.FeedbackResponses.FromSqlRaw("SELECT * FROM \"FeedbackResponses\" NOT INDEXED");
    }

    /// <summary>Ids of the services in a category or any of its child categories.</summary>
    public IQueryable<Guid?> ServicesInCategory(Guid categoryId) =>
        db.Services.Where(s => s.Terms.Any(t => t.Id == categoryId || t.ParentId == categoryId)).Select(s => (Guid?)s.Id);

    private static async Task<IReadOnlyList<Counted<TKey>>> CountByAsync<TKey>(
        IQueryable<FeedbackResponse> responses, Expression<Func<FeedbackResponse, TKey>> key, CancellationToken cancellationToken) =>
        await responses.GroupBy(key).Select(g => new Counted<TKey>(g.Key, g.LongCount())).ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<ApprovedQuote>> QuotesAsync(IQueryable<FeedbackResponse> approved, CancellationToken cancellationToken) =>
        await (from r in approved
               where r.MayQuote && r.QuoteApproved && r.Text != null
               from s in db.Services.Where(s => s.Id == r.ServiceId).DefaultIfEmpty()
               orderby r.SubmittedAt descending
               select new ApprovedQuote(r.Text!, s == null ? null : s.Name, r.AgeBand, r.Respondent, r.SubmittedAt))
            .Take(QuoteLimit)
            .ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<ChangeMade>> ChangesAsync(ParticipationFilter filter, CancellationToken cancellationToken)
    {
        var changes = db.YouSaidWeDid.AsNoTracking().Where(y => y.Published);
        if (filter.FromUtc is { } from)
        {
            changes = changes.Where(y => y.PublishedAt >= from);
        }

        if (filter.UntilUtc is { } until)
        {
            changes = changes.Where(y => y.PublishedAt < until);
        }

        if (filter.ServiceId is { } serviceId)
        {
            changes = changes.Where(y => y.ServiceId == serviceId);
        }

        if (filter.OrganisationId is { } organisationId)
        {
            changes = changes.Where(y => db.Services.Any(s => s.Id == y.ServiceId && s.OrganisationId == organisationId));
        }

        if (filter.CategoryId is { } categoryId)
        {
            var inCategory = ServicesInCategory(categoryId);
            changes = changes.Where(y => inCategory.Contains(y.ServiceId));
        }

        if (filter.ThemeSlug is { } theme)
        {
            changes = changes.Where(y => y.ThemeSlug == theme);
        }

        return await (from y in changes
                      from s in db.Services.Where(s => s.Id == y.ServiceId).DefaultIfEmpty()
                      from t in db.FeedbackThemes.Where(t => t.Slug == y.ThemeSlug).DefaultIfEmpty()
                      orderby y.PublishedAt descending
                      select new ChangeMade(y.YouSaid, y.WeDid, s == null ? null : s.Name, t == null ? null : t.Label, y.PublishedAt))
            .ToListAsync(cancellationToken);
    }
}
