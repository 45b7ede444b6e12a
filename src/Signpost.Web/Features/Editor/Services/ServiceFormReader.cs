using System.Globalization;
using System.Text.RegularExpressions;
using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Features.Listings;
using SlugRule = Signpost.Core.Rules.Slug;

namespace Signpost.Web.Features.Editor.Services;

/// <summary>Checks a posted <see cref="ServiceForm"/> and turns it into a snapshot. Errors are keyed by the id of the input they are about.</summary>
public static partial class ServiceFormReader
{
    public const int SummaryMaxLength = 200;

    public static (ServiceSnapshot? Snapshot, IReadOnlyList<(string Key, string Message)> Errors) Read(ServiceForm form, IReadOnlyCollection<Guid> allowedOrganisations)
    {
        var errors = new List<(string, string)>();
        var name = Clean(form.Name);
        if (name is null)
        {
            errors.Add(("Name", "Enter the name of the service"));
        }
        else if (name.Length > 200)
        {
            errors.Add(("Name", "Name must be 200 characters or fewer"));
        }

        var slug = Clean(form.Slug) ?? SlugRule.From(name ?? "");
        if (name is not null && (!SlugRule.IsValid(slug) || slug.Length > 120))
        {
            errors.Add(("Slug", "Web address must be lower-case letters, numbers and hyphens, like youth-club-widnes, and 120 characters or fewer"));
        }

        var summary = Clean(form.Summary);
        if (summary is null)
        {
            errors.Add(("Summary", "Enter a one-sentence summary"));
        }
        else if (summary.Length > SummaryMaxLength)
        {
            errors.Add(("Summary", $"Summary must be {SummaryMaxLength} characters or fewer: it has {summary.Length}"));
        }
        else if (MoreThanOneSentence().IsMatch(summary) || summary.Contains('\n'))
        {
            errors.Add(("Summary", "Summary must be one sentence: put the rest in the description"));
        }

        var description = form.Description?.Trim().ReplaceLineEndings("\n") ?? "";
        if (description.Length == 0)
        {
            errors.Add(("Description", "Enter a description of what happens at the service"));
        }

        if (!allowedOrganisations.Contains(form.OrganisationId))
        {
            errors.Add(("OrganisationId", "Select the organisation that runs the service"));
        }

        var minimumAge = Age(form.MinimumAge, "MinimumAge", "Minimum age", errors);
        var maximumAge = Age(form.MaximumAge, "MaximumAge", "Maximum age", errors);
        if (minimumAge > maximumAge)
        {
            errors.Add(("MaximumAge", "Maximum age must be the same as or more than the minimum age"));
        }

        var email = Clean(form.ContactEmail);
        if (email is not null && !LooksLikeEmail().IsMatch(email))
        {
            errors.Add(("ContactEmail", "Enter an email address in the correct format, like name@example.org"));
        }

        var website = Clean(form.ContactWebsite);
        if (website is not null && !SafeUrl.IsWeb(website))
        {
            errors.Add(("ContactWebsite", "Enter a website address starting with https:// or http://"));
        }

        var schedules = Schedules(form.Schedules, errors);
        var closures = Closures(form.Closures, errors);
        if (!form.ReviewBy.TryGetDate(out var reviewBy))
        {
            errors.Add(("ReviewBy.Day", "Review by must be a real date, like 27 3 2027"));
        }

        if (!form.ValidTo.TryGetDate(out var validTo))
        {
            errors.Add(("ValidTo.Day", "Show until must be a real date, like 31 7 2027"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var snapshot = new ServiceSnapshot
        {
            Name = name!,
            Slug = slug,
            Summary = summary!,
            Description = description,
            OrganisationId = form.OrganisationId,
            MinimumAge = minimumAge,
            MaximumAge = maximumAge,
            Audiences = form.Audiences,
            CategoryIds = form.CategoryIds,
            NeedIds = form.NeedIds,
            OutcomeIds = form.OutcomeIds,
            ImportedTermIds = form.ImportedTermIds,
            IsFree = form.IsFree != "no",
            CostDetails = Clean(form.CostDetails),
            AccessRoutes = form.AccessRoutes,
            DeliveryModes = form.DeliveryModes,
            Languages = Words(form.Languages),
            Contact = new ContactSnapshot(Clean(form.ContactName), Clean(form.ContactPhone), Clean(form.ContactText), email, website),
            LocationIds = form.LocationIds,
            AreaType = form.AreaType,
            Localities = Words(form.Localities),
            Schedules = schedules,
            Closures = closures,
            Youth = new YouthSnapshot(Clean(form.OnMyOwn), Clean(form.Confidential), Clean(form.ParentsTold)),
            LocalOffer = new LocalOfferSnapshot(Clean(form.WhoFor), Clean(form.HowToGet), Clean(form.StaffTraining), Clean(form.Transition), Clean(form.LocalOfferContact)),
            ReviewBy = reviewBy,
            ValidTo = validTo,
        };
        return (snapshot.Normalised(), errors);
    }

    private static List<ScheduleSnapshot> Schedules(List<ScheduleRow> rows, List<(string, string)> errors)
    {
        var result = new List<ScheduleSnapshot>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Remove || row.IsBlank)
            {
                continue;
            }

            var key = $"Schedules[{i}]";
            if (!Enum.TryParse<DayOfWeek>(row.Day, out var day))
            {
                errors.Add(($"{key}.Day", $"Session {i + 1}: select a day"));
                continue;
            }

            if (!TryTime(row.Opens, out var opens) || opens is null)
            {
                errors.Add(($"{key}.Opens", $"Session {i + 1}: enter the start time as hours and minutes, like 09:30"));
                continue;
            }

            if (!TryTime(row.Closes, out var closes))
            {
                errors.Add(($"{key}.Closes", $"Session {i + 1}: enter the end time as hours and minutes, like 17:00, or 24:00 for midnight"));
                continue;
            }

            if (closes is { } end && end <= opens)
            {
                errors.Add(($"{key}.Closes", $"Session {i + 1}: the end time must be after the start time"));
                continue;
            }

            if (!TryIsoDate(row.ValidFrom, out var from) || !TryIsoDate(row.ValidTo, out var to))
            {
                errors.Add(($"{key}.ValidFrom", $"Session {i + 1}: dates must be real dates"));
                continue;
            }

            result.Add(new ScheduleSnapshot(day, opens.Value, closes, row.LocationId, from, to, Clean(row.Note)));
        }

        return result;
    }

    private static List<ClosureSnapshot> Closures(List<ClosureRow> rows, List<(string, string)> errors)
    {
        var result = new List<ClosureSnapshot>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Remove || row.IsBlank)
            {
                continue;
            }

            if (!TryIsoDate(row.Date, out var date) || date is null)
            {
                errors.Add(($"Closures[{i}].Date", $"Closure {i + 1}: enter a real date"));
                continue;
            }

            result.Add(new ClosureSnapshot(date.Value, Clean(row.Reason) ?? ""));
        }

        return result;
    }

    private static int? Age(string? text, string key, string label, List<(string, string)> errors)
    {
        if (Clean(text) is not { } value)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= 120)
        {
            return age;
        }

        errors.Add((key, $"{label} must be a whole number of years, like 11"));
        return null;
    }

    /// <summary>"24:00" is midnight at the end of the day, which the model stores as no closing time.</summary>
    private static bool TryTime(string? text, out TimeOnly? time)
    {
        time = null;
        var value = Clean(text)?.Replace('.', ':');
        if (value is null || value == "24:00")
        {
            return value is not null;
        }

        if (TimeOnly.TryParseExact(value, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            time = parsed;
            return true;
        }

        return false;
    }

    private static bool TryIsoDate(string? text, out DateOnly? date)
    {
        date = null;
        if (Clean(text) is not { } value)
        {
            return true;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    private static List<string> Words(string? text) =>
        (text ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A full stop, question or exclamation mark followed by more words: a second sentence.</summary>
    [GeneratedRegex(@"[.!?]\s+[A-Z0-9]")]
    private static partial Regex MoreThanOneSentence();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex LooksLikeEmail();
}
