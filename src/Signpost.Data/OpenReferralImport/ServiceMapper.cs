using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Core.Markdown;
using Signpost.Core.Rules;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// Our rules for a feed service: HTML to safe Markdown, names cleaned, tags trimmed and case-folded,
/// ages checked, contact details that are not a web address, email or phone number dropped, venues
/// without a place dropped, and sessions read as weekly times. Whatever is dropped or changed is
/// said in a warning; a record without an id or a name is skipped with the reason.
/// </summary>
public static partial class ServiceMapper
{
    public const int MaxName = 200;
    public const int MaxSummary = 300;

    public static MapResult Map(FeedService feed)
    {
        var warnings = new List<string>();
        if (string.IsNullOrWhiteSpace(feed.SourceId))
        {
            return new MapResult(null, "it has no id, so a later import could not find it again", warnings);
        }

        var name = Clean(feed.Name);
        if (name.Length == 0)
        {
            return new MapResult(null, "it has no name", warnings);
        }

        if (name.Length > MaxName)
        {
            warnings.Add($"the name was cut to {MaxName} characters");
            name = name[..MaxName].TrimEnd();
        }

        var description = HtmlToMarkdown.Convert(feed.Description);
        var locations = Locations(feed, warnings);
        var (areaType, localities) = ServiceCoverage.Of(feed.ServiceAreas, locations.Count > 0, warnings);
        var (minimum, maximum) = Ages(feed, warnings);
        var (isFree, cost) = ServiceCost.Of(feed);
        var (phone, text) = ContactNumbers.Of(feed.Phones, warnings);
        var own = SignpostTerms.Split(feed.Terms);
        return new MapResult(new MappedService
        {
            SourceId = feed.SourceId.Trim(),
            Name = name,
            Summary = FeedSummary(feed.Summary) ?? Summary(description, name),
            Description = description,
            MinimumAge = minimum,
            MaximumAge = maximum,
            IsFree = isFree,
            CostDetails = cost,
            Languages = feed.Languages.Select(Clean).Where(l => l.Length > 0).Select(Capitalise).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList(),
            Contact = new ContactSnapshot(NullIfEmpty(Clean(feed.ContactName)), phone, text, Email(feed.Email, warnings), Website(feed.Url, warnings)),
            Audiences = own.Audiences,
            AccessRoutes = own.AccessRoutes,
            DeliveryModes = own.DeliveryModes.Count > 0 ? own.DeliveryModes : DeliveryModes(feed, locations.Count > 0),
            AreaType = areaType,
            Localities = localities,
            Organisation = Organisation(feed.Organisation),
            Locations = locations,
            Schedules = Schedules(feed, locations, warnings),
            Terms = Terms(own.Others),
        }, null, warnings);
    }

    /// <summary>Tags trimmed, spaces collapsed and case-folded, so near-duplicates become one term; the first spelling is kept.</summary>
    public static IReadOnlyList<MappedTerm> Terms(IEnumerable<FeedTerm> terms) =>
        terms.Select(t => (Name: Clean(t.Name), t.Taxonomy, t.SourceId))
            .Where(t => t.Name.Length > 0)
            .Select(t => new MappedTerm(t.Name.ToLowerInvariant(), t.Name.Length <= MaxName ? t.Name : t.Name[..MaxName], NullIfEmpty(Clean(t.Taxonomy)), NullIfEmpty(t.SourceId?.Trim())))
            // Terms the feed names by different ids are different terms even when their names match (a need and a category).
            .DistinctBy(t => (t.Key, t.SourceId))
            .OrderBy(t => t.Key, StringComparer.Ordinal).ThenBy(t => t.SourceId, StringComparer.Ordinal)
            .ToList();

    public static OrganisationType GuessType(string? name)
    {
        var text = $" {name?.ToLowerInvariant()} ";
        return text switch
        {
            _ when text.Contains(" council") || text.Contains("borough") => OrganisationType.Council,
            _ when text.Contains(" nhs") || text.Contains("health") || text.Contains("hospital") => OrganisationType.Nhs,
            _ when text.Contains("school") || text.Contains("academy") || text.Contains("college") => OrganisationType.School,
            _ when text.Contains("police") => OrganisationType.Police,
            _ when text.Contains(" ltd") || text.Contains(" limited") || text.Contains(" plc") => OrganisationType.Private,
            _ => OrganisationType.Voluntary,
        };
    }

    private static MappedOrganisation? Organisation(FeedOrganisation? organisation)
    {
        if (organisation is null)
        {
            return null;
        }

        var name = NullIfEmpty(Clean(organisation.Name));
        var sourceId = NullIfEmpty(organisation.SourceId?.Trim()) ?? (name is null ? null : "name:" + name.ToLowerInvariant());
        if (sourceId is null)
        {
            return null;
        }

        var ignored = new List<string>();
        return new MappedOrganisation(sourceId, name is { Length: > MaxName } ? name[..MaxName] : name, GuessType(name), HtmlToMarkdown.Convert(organisation.Description),
            Website(organisation.Website, ignored), ContactNumbers.Valid(organisation.Phone, ignored), Email(organisation.Email, ignored));
    }

    private static List<MappedLocation> Locations(FeedService feed, List<string> warnings)
    {
        var result = new List<MappedLocation>();
        foreach (var location in feed.Locations.Where(l => !l.IsVirtual))
        {
            var address = Clean(location.Address);
            var town = Clean(location.Town);
            var postcode = Postcodes.Normalise(location.Postcode);
            if (location.Postcode is not null && postcode is null)
            {
                warnings.Add($"location '{location.Name ?? location.SourceId}': '{location.Postcode}' is not a UK postcode; left out");
            }

            double? latitude = location.Latitude, longitude = location.Longitude;
            if (latitude is not null && (latitude is < 49 or > 61 || longitude is null or < -9 or > 2.5))
            {
                warnings.Add($"location '{location.Name ?? location.SourceId}': {latitude}, {longitude} is not in the UK; coordinates left out");
                latitude = longitude = null;
            }

            var name = NullIfEmpty(Clean(location.Name)) ?? NullIfEmpty(address) ?? postcode;
            if (name is null)
            {
                warnings.Add("a location with no name, address or postcode was left out");
                continue;
            }

            var sourceId = NullIfEmpty(location.SourceId?.Trim()) ?? $"place:{name.ToLowerInvariant()}|{postcode}";
            // Tags and entities go, but line breaks between directions stay as written.
            var transport = NullIfEmpty(location.Transport is { } written && written.Contains('<') ? Clean(written) : location.Transport?.Trim());
            result.Add(new MappedLocation(sourceId, name.Length <= MaxName ? name : name[..MaxName], address, town, postcode ?? "", latitude, longitude, Accessibility(location.Accessibility),
                transport is { Length: > 1000 } ? transport[..1000] : transport));
        }

        return result.DistinctBy(l => l.SourceId).ToList();
    }

    /// <summary>Our accessibility features, recognised in the feed's free text.</summary>
    private static IReadOnlyList<string> Accessibility(IEnumerable<string> descriptions)
    {
        var text = string.Join(' ', descriptions).ToLowerInvariant();
        var features = new List<string>();
        void When(bool found, string feature)
        {
            if (found)
            {
                features.Add(feature);
            }
        }

        When(text.Contains("wheelchair") || text.Contains("step-free") || text.Contains("step free") || text.Contains("ramp"), "step-free-access");
        When(text.Contains("lift"), "lift");
        When(text.Contains("accessible toilet") || text.Contains("disabled toilet"), "accessible-toilet");
        When(text.Contains("changing places"), "changing-places");
        When(text.Contains("induction loop") || text.Contains("hearing loop"), "hearing-loop");
        When(text.Contains("parking"), "accessible-parking");
        When(text.Contains("quiet"), "quiet-space");
        When(text.Contains("baby chang"), "baby-changing");
        return features.Order(StringComparer.Ordinal).ToList();
    }

    private static List<MappedSchedule> Schedules(FeedService feed, List<MappedLocation> locations, List<string> warnings)
    {
        var known = locations.Select(l => l.SourceId).ToHashSet(StringComparer.Ordinal);
        var result = new List<MappedSchedule>();
        foreach (var schedule in feed.Schedules)
        {
            if (!TryTime(schedule.Opens, out var opens) || schedule.Closes is null)
            {
                warnings.Add($"a session on {string.Join(", ", schedule.Days)} has no clear start and end time; left out");
                continue;
            }

            TimeOnly? closes = schedule.Closes.Trim() is "24:00" or "24:00:00" or "23:59" or "23:59:59" ? null : TryTime(schedule.Closes, out var end) ? end : (TimeOnly?)TimeOnly.MinValue;
            if (closes == TimeOnly.MinValue || (closes is { } c && c <= opens))
            {
                warnings.Add($"a session on {string.Join(", ", schedule.Days)} ends at '{schedule.Closes}', not after it starts; left out");
                continue;
            }

            var note = NullIfEmpty(Clean(schedule.Note));
            var location = schedule.LocationSourceId is { } id && known.Contains(id) ? id : null;
            result.AddRange(schedule.Days.Select(day => new MappedSchedule(day, opens, closes, location, schedule.ValidFrom, schedule.ValidTo, note is { Length: > 200 } ? note[..200] : note)));
        }

        return result.Distinct().OrderBy(s => ((int)s.Day + 6) % 7).ThenBy(s => s.Opens).ThenBy(s => s.LocationSourceId, StringComparer.Ordinal).ToList();
    }

    private static bool TryTime(string? text, out TimeOnly time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim().Replace('.', ':');
        return TimeOnly.TryParseExact(trimmed, ["HH:mm:ss", "H:mm:ss", "HH:mm", "H:mm", "h:mmtt", "htt", "h:mm tt", "h tt"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time)
            || (trimmed.Length > 8 && TimeOnly.TryParse(trimmed[..8], CultureInfo.InvariantCulture, out time));
    }

    private static (int? Minimum, int? Maximum) Ages(FeedService feed, List<string> warnings)
    {
        int? minimum = feed.MinimumAge, maximum = feed.MaximumAge;
        if (minimum is < 0 or > 120)
        {
            warnings.Add($"minimum age {minimum} is not an age; left out");
            minimum = null;
        }

        if (maximum is < 0 or > 120)
        {
            warnings.Add($"maximum age {maximum} is not an age; left out");
            maximum = null;
        }

        if (minimum is { } low && maximum is { } high && low > high)
        {
            warnings.Add($"the ages were given the wrong way round ({low} to {high}); swapped");
            (minimum, maximum) = (high, low);
        }

        return (minimum, maximum);
    }

    private static IReadOnlyList<DeliveryMode> DeliveryModes(FeedService feed, bool hasPlaces)
    {
        var attending = string.Join(' ', feed.AttendingTypes).ToLowerInvariant();
        var modes = new List<DeliveryMode>();
        if (hasPlaces || attending.Contains("person"))
        {
            modes.Add(DeliveryMode.InPerson);
        }

        if (feed.Locations.Any(l => l.IsVirtual) || attending.Contains("online") || attending.Contains("video") || attending.Contains("remote") || attending.Contains("virtual"))
        {
            modes.Add(DeliveryMode.Online);
        }

        if (attending.Contains("phone"))
        {
            modes.Add(DeliveryMode.Phone);
        }

        return modes;
    }

    private static string? FeedSummary(string? summary)
    {
        var text = Clean(summary);
        return text.Length == 0 ? null : text.Length <= MaxSummary ? text : text[..(MaxSummary - 1)].TrimEnd() + "…";
    }

    private static string Summary(string description, string name)
    {
        var plain = Clean(SafeMarkdown.ToPlainText(description));
        if (plain.Length == 0)
        {
            return name.Length <= MaxSummary ? name : name[..MaxSummary];
        }

        var sentence = SentenceEnd().Match(plain) is { Success: true } end && end.Index + 1 <= 250 ? plain[..(end.Index + 1)] : plain;
        if (sentence.Length <= 250)
        {
            return sentence;
        }

        var cut = sentence[..249];
        var space = cut.LastIndexOf(' ');
        return (space > 150 ? cut[..space] : cut).TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static string? Website(string? url, List<string> warnings)
    {
        var text = NullIfEmpty(url?.Trim());
        if (text is null)
        {
            return null;
        }

        if (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            text = "https://" + text;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.'))
        {
            return text.Length <= 500 ? text : null;
        }

        warnings.Add($"'{url}' is not a web address; left out");
        return null;
    }

    private static string? Email(string? email, List<string> warnings)
    {
        var text = NullIfEmpty(email?.Trim());
        if (text is null)
        {
            return null;
        }

        if (EmailPattern().IsMatch(text) && text.Length <= 254)
        {
            return text;
        }

        warnings.Add($"'{email}' is not an email address; left out");
        return null;
    }

    /// <summary>Entities decoded, tags and control characters removed, runs of spaces collapsed.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decoded = WebUtility.HtmlDecode(text.Contains('<') ? Tags().Replace(text, " ") : text);
        return Spaces().Replace(new string(decoded.Select(c => char.IsControl(c) ? ' ' : c).ToArray()), " ").Trim();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[.!?](\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

}
