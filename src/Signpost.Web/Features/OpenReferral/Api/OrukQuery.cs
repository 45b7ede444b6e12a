using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>
/// The HSDS/ORUK query parameters of a list request, checked. A value that cannot mean anything (not a
/// number, page 0, per_page 0, an id that is not a UUID) is an error naming the parameter, so the answer is
/// a 400, never a guess and never a 500; per_page over the limit is lowered to it.
/// </summary>
public sealed class OrukQuery
{
    public const int MaxSearchLength = 200;

    private readonly Dictionary<string, string> errors = [];

    public int Page { get; private set; } = 1;

    public int PerPage { get; private set; }

    public bool Ndjson { get; private set; }

    public string? Search { get; private set; }

    public Guid? TaxonomyTermId { get; private set; }

    public Guid? TaxonomyId { get; private set; }

    public Guid? OrganizationId { get; private set; }

    public DateTimeOffset? ModifiedAfter { get; private set; }

    public double? MinimumAge { get; private set; }

    public double? MaximumAge { get; private set; }

    public DayOfWeek? Day { get; private set; }

    public TimeOnly? StartTime { get; private set; }

    public TimeOnly? EndTime { get; private set; }

    public string? Postcode { get; private set; }

    public double? ProximityMetres { get; private set; }

    public bool TopOnly { get; private set; }

    public Guid? ParentId { get; private set; }

    public IReadOnlyDictionary<string, string> Errors => errors;

    public bool IsValid => errors.Count == 0;

    public static OrukQuery Parse(IQueryCollection query, OrukApiOptions options)
    {
        var q = new OrukQuery { PerPage = options.DefaultPerPage };
        if (Value(query, "page") is { } page)
        {
            if (int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
            {
                q.Page = number;
            }
            else if (IsHugeWholeNumber(page))
            {
                q.Page = int.MaxValue;
            }
            else
            {
                q.errors["page"] = "page must be a whole number from 1";
            }
        }

        if (Value(query, "per_page") is { } perPage)
        {
            if (int.TryParse(perPage, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
            {
                q.PerPage = Math.Min(number, options.MaxPerPage);
            }
            else if (IsHugeWholeNumber(perPage))
            {
                q.PerPage = options.MaxPerPage;
            }
            else
            {
                q.errors["per_page"] = $"per_page must be a whole number from 1 (at most {options.MaxPerPage} are sent)";
            }
        }

        switch (Value(query, "format")?.ToLowerInvariant())
        {
            case null or "json":
                break;
            case "ndjson":
                q.Ndjson = true;
                break;
            default:
                q.errors["format"] = "format must be json or ndjson";
                break;
        }

        if (Value(query, "search") is { } search)
        {
            if (search.Length > MaxSearchLength)
            {
                q.errors["search"] = $"search must be {MaxSearchLength} characters or fewer";
            }
            else
            {
                q.Search = search.Trim();
            }
        }

        q.TaxonomyTermId = q.ParseId(query, "taxonomy_term_id");
        q.TaxonomyId = q.ParseId(query, "taxonomy_id");
        q.OrganizationId = q.ParseId(query, "organization_id");
        q.ParentId = q.ParseId(query, "parent_id");
        q.MinimumAge = q.ParseAge(query, "minimum_age");
        q.MaximumAge = q.ParseAge(query, "maximum_age");
        q.StartTime = q.ParseTime(query, "start_time");
        q.EndTime = q.ParseTime(query, "end_time");
        q.ParseModifiedAfter(query);
        q.ParseDay(query);
        q.ParseTopOnly(query);
        q.ParsePlace(query);
        return q;
    }

    /// <summary>The parameters that shape the answer, in a fixed order: the cache key, whatever order or extras the request had.</summary>
    public string CacheKey() => string.Join(
        '&',
        $"page={Page}",
        $"per_page={PerPage}",
        $"search={Search}",
        $"taxonomy_term_id={TaxonomyTermId}",
        $"taxonomy_id={TaxonomyId}",
        $"organization_id={OrganizationId}",
        $"modified_after={ModifiedAfter?.UtcTicks}",
        $"minimum_age={MinimumAge?.ToString(CultureInfo.InvariantCulture)}",
        $"maximum_age={MaximumAge?.ToString(CultureInfo.InvariantCulture)}",
        $"day={Day}",
        $"start_time={StartTime}",
        $"end_time={EndTime}",
        $"postcode={Postcode?.ToUpperInvariant()}",
        $"proximity={ProximityMetres?.ToString(CultureInfo.InvariantCulture)}",
        $"top_only={TopOnly}",
        $"parent_id={ParentId}");

    /// <summary>Digits only, too many for an int: past the last page, or more than the page limit, rather than an error.</summary>
    private static bool IsHugeWholeNumber(string text) => text.All(char.IsAsciiDigit) && text.TrimStart('0').Length > 9;

    private static string? Value(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out StringValues values))
        {
            return null;
        }

        // A repeated parameter joins with a comma and so fails its own check, rather than one value winning silently.
        var text = values.ToString().Trim();
        return text.Length == 0 ? null : text;
    }

    private Guid? ParseId(IQueryCollection query, string name)
    {
        if (Value(query, name) is not { } text)
        {
            return null;
        }

        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        errors[name] = $"{name} must be a UUID";
        return null;
    }

    private double? ParseAge(IQueryCollection query, string name)
    {
        if (Value(query, name) is not { } text)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var age) && age <= 150)
        {
            return age;
        }

        errors[name] = $"{name} must be an age in years, from 0 to 150";
        return null;
    }

    private TimeOnly? ParseTime(IQueryCollection query, string name)
    {
        if (Value(query, name) is not { } text)
        {
            return null;
        }

        string[] formats = ["H:mm", "HH:mm", "HH:mm:ss"];
        if (TimeOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors[name] = $"{name} must be a time like 09:30 or 09:30:00";
        return null;
    }

    private void ParseModifiedAfter(IQueryCollection query)
    {
        if (Value(query, "modified_after") is not { } text)
        {
            return;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var when)
            && (text.Contains('-') || text.Contains('T')))
        {
            ModifiedAfter = when;
        }
        else
        {
            errors["modified_after"] = "modified_after must be a date or date-time like 2026-01-31 or 2026-01-31T09:00:00Z";
        }
    }

    private void ParseDay(IQueryCollection query)
    {
        if (Value(query, "day") is not { } text)
        {
            return;
        }

        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            if (string.Equals(text, day.ToString(), StringComparison.OrdinalIgnoreCase) || string.Equals(text, OrukDocuments.ByDay(day), StringComparison.OrdinalIgnoreCase))
            {
                Day = day;
                return;
            }
        }

        errors["day"] = "day must be a day of the week: MO, TU, WE, TH, FR, SA, SU or its name";
    }

    private void ParseTopOnly(IQueryCollection query)
    {
        switch (Value(query, "top_only")?.ToLowerInvariant())
        {
            case null or "false" or "0":
                break;
            case "true" or "1":
                TopOnly = true;
                break;
            default:
                errors["top_only"] = "top_only must be true or false";
                break;
        }
    }

    private void ParsePlace(IQueryCollection query)
    {
        Postcode = Value(query, "postcode");
        if (Value(query, "proximity") is not { } text)
        {
            return;
        }

        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var metres) || metres <= 0 || metres > 1_000_000)
        {
            errors["proximity"] = "proximity must be a distance in metres, more than 0 and at most 1000000";
        }
        else if (Postcode is null)
        {
            errors["proximity"] = "proximity needs a postcode to measure from";
        }
        else
        {
            ProximityMetres = metres;
        }
    }
}
