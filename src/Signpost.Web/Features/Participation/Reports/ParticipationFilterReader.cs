using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Feedback;
using Signpost.Core.Rules;
using Signpost.Data;
using Signpost.Web.Features.Editor.Audit;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>Turns the report's query string into a <see cref="ParticipationFilter"/>; a bad field is reported and left out, the rest still applies.</summary>
public sealed class ParticipationFilterReader(SignpostDbContext db, TimeProvider clock)
{
    public static readonly IReadOnlyList<(string Value, string Label)> Periods =
        [("3", "Last 3 months"), ("6", "Last 6 months"), ("12", "Last 12 months"), ("all", "All time"), ("custom", "Between dates")];

    public async Task<FilterReading> ReadAsync(IQueryCollection query, CancellationToken cancellationToken)
    {
        var input = ParticipationFilterInput.Read(query);
        var choices = await ChoicesAsync(cancellationToken);
        var errors = new List<(string, string)>();
        var words = new List<string>();

        var (fromUtc, untilUtc, periodText) = Period(input, errors);
        words.Add($"Period: {periodText}");

        string? district = null;
        if (input.District is { } typedDistrict)
        {
            district = typedDistrict.ToUpperInvariant();
            if (!choices.Districts.Contains(district))
            {
                errors.Add(("district", "Select a postcode district from the list"));
                district = null;
            }
            else
            {
                words.Add($"Postcode district: {district}");
            }
        }

        IReadOnlyList<string>? localityDistricts = null;
        if (input.Locality is { } typedLocality)
        {
            var locality = choices.Localities.FirstOrDefault(l => l.Slug == typedLocality);
            if (locality is null)
            {
                errors.Add(("locality", "Select a town from the list"));
            }
            else
            {
                localityDistricts = locality.Districts;
                words.Add($"Town: {locality.Name} ({string.Join(", ", locality.Districts)})");
            }
        }

        var service = Choose(input.Service, choices.Services, "service", "Select a service from the list", "Service", errors, words);
        var category = Choose(input.Category, choices.Categories, "category", "Select a category from the list", "Category", errors, words);
        var organisation = Choose(input.Organisation, choices.Organisations, "organisation", "Select an organisation from the list", "Organisation", errors, words);
        var theme = Choose(input.Theme, choices.Themes, "theme", "Select a theme from the list", "Theme", errors, words);

        RespondentType? respondent = null;
        if (input.Audience is { } audience)
        {
            if (Enum.TryParse<RespondentType>(audience, out var type) && Enum.IsDefined(type))
            {
                respondent = type;
                words.Add($"Who: {ReportLabels.Respondent(type)}");
            }
            else
            {
                errors.Add(("audience", "Select who gave the feedback from the list"));
            }
        }

        string? ageBand = null;
        if (input.Age is { } age)
        {
            if (FeedbackAgeBands.IsKnown(age))
            {
                ageBand = age;
                words.Add($"Age band: {FeedbackAgeBands.Label(age)}");
            }
            else
            {
                errors.Add(("age", "Select an age band from the list"));
            }
        }

        var outcome = FeedbackOutcomes.None;
        if (input.Outcome is { } typedOutcome)
        {
            if (Enum.TryParse<FeedbackOutcomes>(typedOutcome, out var parsed) && ReportLabels.Outcomes.Contains(parsed))
            {
                outcome = parsed;
                words.Add($"Outcome: {ReportLabels.Outcome(parsed)}");
            }
            else
            {
                errors.Add(("outcome", "Select an outcome from the list"));
            }
        }

        var includeDemo = input.Demo != "exclude";
        if (input.Demo is not ("include" or "exclude"))
        {
            errors.Add(("demo-include", "Select whether to include demo feedback"));
        }

        words.Add(includeDemo ? "Demo feedback: included" : "Demo feedback: left out");
        var filter = new ParticipationFilter
        {
            FromUtc = fromUtc,
            UntilUtc = untilUtc,
            PeriodText = periodText,
            District = district,
            Districts = localityDistricts,
            ServiceId = service?.Id,
            CategoryId = category?.Id,
            OrganisationId = organisation?.Id,
            ThemeSlug = theme?.Slug,
            Respondent = respondent,
            AgeBand = ageBand,
            Outcome = outcome,
            IncludeDemo = includeDemo,
            Description = words,
            QueryString = QueryHelpers.AddQueryString("", input.QueryPairs().Where(p => p.Value is not null)),
        };
        return new FilterReading(filter, input, choices, errors);
    }

    private (DateTime? FromUtc, DateTime? UntilUtc, string Text) Period(ParticipationFilterInput input, List<(string, string)> errors)
    {
        var today = UkTime.Today(clock);
        if (int.TryParse(input.Period, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months is 3 or 6 or 12)
        {
            // Whole calendar months, this one included, so monthly trends start on a month boundary.
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - months);
            return (AuditFilter.StartOfUkDayUtc(first), AuditFilter.StartOfUkDayUtc(today.AddDays(1)), $"{Day(first)} to {Day(today)}");
        }

        if (input.Period == "all")
        {
            return (null, null, "All time");
        }

        if (input.Period != "custom")
        {
            errors.Add(("period", "Select a period from the list"));
            return (null, null, "All time");
        }

        DateOnly? from = ParseDate(input.From, "from", "Date from", errors);
        DateOnly? to = ParseDate(input.To, "to", "Date to", errors);
        if (from is null && to is null && input.From is null && input.To is null)
        {
            errors.Add(("from", "Enter a date from or a date to, or choose another period"));
        }

        if (from > to)
        {
            errors.Add(("to", "Date to must be the same as or after date from"));
            return (null, null, "All time");
        }

        var text = (from, to) switch
        {
            ({ } f, { } t) => $"{Day(f)} to {Day(t)}",
            ({ } f, null) => $"From {Day(f)}",
            (null, { } t) => $"Up to {Day(t)}",
            _ => "All time",
        };
        return (from is { } start ? AuditFilter.StartOfUkDayUtc(start) : null, to is { } end ? AuditFilter.StartOfUkDayUtc(end.AddDays(1)) : null, text);
    }

    private static DateOnly? ParseDate(string? text, string key, string label, List<(string, string)> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (AuditFilter.TryParseDate(text, out var date))
        {
            return date;
        }

        errors.Add((key, $"{label} must be a real date, like 2026-11-22 or 22/11/2026"));
        return null;
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static FilterChoice? Choose(string? slug, IReadOnlyList<FilterChoice> choices, string key, string error, string label, List<(string, string)> errors, List<string> words)
    {
        if (slug is null)
        {
            return null;
        }

        var choice = choices.FirstOrDefault(c => c.Slug == slug);
        if (choice is null)
        {
            errors.Add((key, error));
            return null;
        }

        words.Add($"{label}: {choice.Name}");
        return choice;
    }

    private async Task<FilterChoices> ChoicesAsync(CancellationToken cancellationToken)
    {
        var services = await db.Services.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new FilterChoice(s.Id, s.Slug, s.Name, false)).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new FilterChoice(o.Id, o.Slug, o.Name, false)).ToListAsync(cancellationToken);
        var terms = await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.Category)
            .Select(t => new { t.Id, t.Slug, t.Name, t.ParentId, t.SortOrder }).ToListAsync(cancellationToken);
        var categories = terms.Where(t => t.ParentId is null).OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .SelectMany(parent => terms.Where(t => t.ParentId == parent.Id).OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
                .Select(child => new FilterChoice(child.Id, child.Slug, child.Name, true))
                .Prepend(new FilterChoice(parent.Id, parent.Slug, parent.Name)))
            .ToList();

        // Districts people gave, and the area's own districts so an empty one can still be chosen.
        var given = await db.FeedbackResponses.AsNoTracking().Where(r => r.PostcodeDistrict != null)
            .Select(r => r.PostcodeDistrict!).Distinct().ToListAsync(cancellationToken);
        var known = await db.Postcodes.AsNoTracking().Where(p => p.IsDistrict).Select(p => p.Postcode).ToListAsync(cancellationToken);
        var districts = given.Concat(known).Select(d => d.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();

        var themes = await db.FeedbackThemes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Label)
            .Select(t => new FilterChoice(null, t.Slug, t.Label, false)).ToListAsync(cancellationToken);
        return new FilterChoices(services, categories, organisations, districts, await LocalityDistricts.LoadAsync(db, cancellationToken), themes);
    }
}
