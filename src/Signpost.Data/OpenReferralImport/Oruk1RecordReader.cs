using System.Text.Json;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// An Open Referral UK 1.0 service as council platforms publish their summary records: eligibilitys
/// for ages, regular_schedules, service_at_locations with physical_addresses, service_taxonomys with
/// a vocabulary, contacts with phones, and languages as {"language": "..."}.
/// </summary>
internal static class Oruk1RecordReader
{
    /// <summary>Fields only version 1.0 records have, so a record can say which version it is.</summary>
    public static readonly string[] Markers =
        ["service_taxonomys", "regular_schedules", "eligibilitys", "physical_addresses", "deliverable_type", "attending_access", "accessibility_for_disabilities", "review"];

    public static bool LooksLikeVersion1(JsonElement record) =>
        record.ValueKind == JsonValueKind.Object && (Markers.Any(m => record.TryGetProperty(m, out _))
            || (record.TryGetProperty("service_at_locations", out var at) && at.ValueKind == JsonValueKind.Array
                && at.EnumerateArray().Any(a => a.ValueKind == JsonValueKind.Object && a.TryGetProperty("location", out var l)
                    && l.ValueKind == JsonValueKind.Object && l.TryGetProperty("physical_addresses", out _))));

    public static FeedService Read(JsonElement record, List<string> problems)
    {
        var service = new JsonFields(record, problems);
        var locations = new List<FeedLocation>();
        var schedules = new List<FeedSchedule>();
        foreach (var at in service.Objects("service_at_locations"))
        {
            var location = at.Object("location") is { } l ? ReadLocation(l) : null;
            if (location is not null)
            {
                locations.Add(location);
            }

            schedules.AddRange(at.Objects("regular_schedule").Concat(at.Objects("regular_schedules")).SelectMany(s => ReadSchedule(s, location?.SourceId)));
        }

        schedules.AddRange(service.Objects("regular_schedules").SelectMany(s => ReadSchedule(s, null)));
        var eligibility = service.Objects("eligibilitys").ToList();
        var contacts = service.Objects("contacts").ToList();
        var organisation = service.Object("organization") is { } o
            ? new FeedOrganisation(o.Text("id"), o.Text("name"), o.Text("description"), o.Text("url") ?? o.Text("website"), o.Text("email"), null)
            : null;

        return new FeedService
        {
            SourceId = service.Text("id"),
            Name = service.Text("name"),
            Description = service.Text("description"),
            Url = service.Text("url"),
            Email = service.Text("email"),
            Phones = contacts.SelectMany(c => c.Objects("phones")).Select(p => p.Text("number") is { } number ? new FeedPhone(number, p.Text("description")) : null).OfType<FeedPhone>().ToList(),
            ContactName = contacts.Select(c => c.Text("name")).FirstOrDefault(n => n is not null),
            MinimumAge = service.Integer("minimum_age") ?? eligibility.Select(e => e.Integer("minimum_age")).FirstOrDefault(a => a is not null),
            MaximumAge = service.Integer("maximum_age") ?? eligibility.Select(e => e.Integer("maximum_age")).FirstOrDefault(a => a is not null),
            Fees = service.Text("fees"),
            Costs = service.Objects("cost_options").Select(c => new FeedCost(c.Text("option"), c.Number("amount"), c.Text("amount_description"))).ToList(),
            Languages = service.Objects("languages").Select(l => l.Text("language") ?? l.Text("name")).OfType<string>().ToList(),
            Organisation = organisation,
            Locations = locations,
            Schedules = schedules,
            Terms = service.Objects("service_taxonomys")
                .Select(t => t.Object("taxonomy"))
                .OfType<JsonFields>()
                .Select(t => t.Text("name") is { } name ? new FeedTerm(t.Text("id"), name, t.Text("vocabulary")) : null)
                .OfType<FeedTerm>()
                .ToList(),
            ServiceAreas = service.Objects("service_areas").Select(a => a.Text("service_area")).OfType<string>().Select(name => new FeedArea(name)).ToList(),
            AttendingTypes = new[] { service.Text("attending_type"), service.Text("deliverable_type") }.OfType<string>().ToList(),
            Status = service.Text("status"),
        };
    }

    private static FeedLocation ReadLocation(JsonFields location)
    {
        var address = location.Objects("physical_addresses").FirstOrDefault();
        var latitude = location.Number("latitude");
        var longitude = location.Number("longitude");
        return new FeedLocation(
            location.Text("id"),
            location.Text("name"),
            address is null ? null : Oruk3RecordReader.JoinLines(address.Text("address_1"), address.Text("address_2")),
            address?.Text("city"),
            address?.Text("postal_code"),
            latitude is null ? null : (double)latitude,
            longitude is null ? null : (double)longitude,
            location.Objects("accessibility_for_disabilities").Select(a => a.Text("accessibility")).OfType<string>().ToList(),
            IsVirtual: false);
    }

    private static IEnumerable<FeedSchedule> ReadSchedule(JsonFields schedule, string? locationId)
    {
        var days = Days.Parse(schedule.Text("weekday") ?? schedule.Text("byday"));
        if (days.Count == 0)
        {
            yield break;
        }

        yield return new FeedSchedule(days, schedule.Text("opens_at"), schedule.Text("closes_at"), schedule.Date("valid_from"), schedule.Date("valid_to"),
            schedule.Text("description"), locationId);
    }
}
