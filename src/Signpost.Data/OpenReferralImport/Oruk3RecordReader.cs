using System.Text.Json;
using System.Text.RegularExpressions;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// An Open Referral UK 3.0 service record, as the schema nests it: organization, service_at_locations
/// with their location and schedules, schedules, attributes with taxonomy terms, contacts, phones,
/// languages, cost options and service areas.
/// </summary>
internal static partial class Oruk3RecordReader
{
    public static FeedService Read(JsonElement record, List<string> problems)
    {
        var service = new JsonFields(record, problems);
        var locations = new List<FeedLocation>();
        var schedules = new List<FeedSchedule>();
        var attending = new List<string>();
        var locationOfAt = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var at in service.Objects("service_at_locations"))
        {
            var location = at.Object("location") is { } l ? ReadLocation(l) : null;
            if (location is not null)
            {
                locations.Add(location);
                if (at.Text("id") is { } atId && location.SourceId is { } locationId)
                {
                    locationOfAt[atId] = locationId;
                }
            }

            foreach (var schedule in at.Objects("schedules"))
            {
                schedules.AddRange(ReadSchedule(schedule, location?.SourceId));
                attending.AddRange(schedule.Text("attending_type") is { } type ? [type] : []);
            }
        }

        foreach (var schedule in service.Objects("schedules"))
        {
            var at = schedule.Text("service_at_location_id");
            schedules.AddRange(ReadSchedule(schedule, schedule.Text("location_id") ?? (at is null ? null : locationOfAt.GetValueOrDefault(at))));
            attending.AddRange(schedule.Text("attending_type") is { } type ? [type] : []);
        }
        var contacts = service.Objects("contacts").ToList();
        var phones = service.Objects("phones").Concat(contacts.SelectMany(c => c.Objects("phones")))
            .Select(p => p.Text("number") is { } number ? new FeedPhone(number, p.Text("description")) : null).OfType<FeedPhone>().ToList();
        var organisation = service.Object("organization") is { } o
            ? new FeedOrganisation(o.Text("id"), o.Text("name"), o.Text("description"), o.Text("website") ?? o.Text("url"), o.Text("email"),
                o.Objects("phones").Select(p => p.Text("number")).FirstOrDefault(n => n is not null))
            : service.Text("organization_id") is { } organisationId ? new FeedOrganisation(organisationId, null, null, null, null, null) : null;

        return new FeedService
        {
            SourceId = service.Text("id"),
            Name = service.Text("name"),
            Summary = service.Text("summary"),
            Description = service.Text("description"),
            Url = service.Text("url"),
            Email = service.Text("email"),
            Phones = phones,
            ContactName = contacts.Select(c => c.Text("name")).FirstOrDefault(n => n is not null),
            MinimumAge = service.Integer("minimum_age"),
            MaximumAge = service.Integer("maximum_age"),
            Fees = service.Text("fees_description") ?? service.Text("fees"),
            Costs = service.Objects("cost_options").Select(c => new FeedCost(c.Text("option"), c.Number("amount"), c.Text("amount_description"))).ToList(),
            Languages = service.Objects("languages").Select(l => l.Text("name") ?? l.Text("code")).OfType<string>().ToList(),
            Organisation = organisation,
            Locations = locations,
            Schedules = schedules,
            Terms = ReadTerms(service).ToList(),
            ServiceAreas = service.Objects("service_areas").Select(a => (a.Text("name") ?? a.Text("service_area")) is { } name ? new FeedArea(name, a.Text("extent_type")) : null).OfType<FeedArea>().ToList(),
            AttendingTypes = attending,
            Status = service.Text("status"),
        };
    }

    private static IEnumerable<FeedTerm> ReadTerms(JsonFields service)
    {
        foreach (var attribute in service.Objects("attributes"))
        {
            if (attribute.Object("taxonomy_term") is { } term && ReadTerm(term) is { } read)
            {
                yield return read;
            }
        }

        foreach (var term in service.Objects("taxonomy_terms"))
        {
            if (ReadTerm(term) is { } read)
            {
                yield return read;
            }
        }
    }

    private static FeedTerm? ReadTerm(JsonFields term)
    {
        var name = term.Text("name") ?? term.Text("term");
        var detail = term.Object("taxonomy_detail");
        var taxonomy = detail?.Text("name") ?? term.Text("taxonomy");
        return name is null ? null : new FeedTerm(term.Text("id"), name, taxonomy, term.Text("code") ?? term.Text("term"), term.Text("taxonomy_id") ?? detail?.Text("id"));
    }

    internal static FeedLocation ReadLocation(JsonFields location)
    {
        var address = location.Objects("addresses").FirstOrDefault(a => a.Text("address_type") is null or "physical")
            ?? location.Objects("addresses").FirstOrDefault();
        var latitude = location.Number("latitude");
        var longitude = location.Number("longitude");
        return new FeedLocation(
            location.Text("id"),
            location.Text("name"),
            address is null ? null : JoinLines(address.Text("address_1"), address.Text("address_2")),
            address?.Text("city"),
            address?.Text("postal_code"),
            latitude is null ? null : (double)latitude,
            longitude is null ? null : (double)longitude,
            location.Objects("accessibility").Select(a => a.Text("description") ?? a.Text("accessibility")).OfType<string>().ToList(),
            location.Text("location_type") is "virtual",
            location.Text("transportation"));
    }

    internal static IEnumerable<FeedSchedule> ReadSchedule(JsonFields schedule, string? locationId)
    {
        var freq = schedule.Text("freq");
        var days = Days.Parse(schedule.Text("byday"));
        if (days.Count == 0 || (freq is not null && !freq.Equals("WEEKLY", StringComparison.OrdinalIgnoreCase)))
        {
            yield break;
        }

        yield return new FeedSchedule(days, schedule.Text("opens_at"), schedule.Text("closes_at"), schedule.Date("valid_from"), schedule.Date("valid_to"),
            schedule.Text("notes") ?? NoteFrom(schedule.Text("description")), locationId);
    }

    /// <summary>A schedule's description, unless it only restates its days and times (as our own feed writes it).</summary>
    private static string? NoteFrom(string? description) =>
        description is not null && TimesOnly().IsMatch(description.Trim()) ? null : description;

    [GeneratedRegex(@"^[A-Za-z]+days?, \d{1,2}:\d{2} to (\d{1,2}:\d{2}|midnight)$")]
    private static partial Regex TimesOnly();

    internal static string? JoinLines(params string?[] lines)
    {
        var kept = lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim()).ToList();
        return kept.Count == 0 ? null : string.Join(", ", kept);
    }
}
