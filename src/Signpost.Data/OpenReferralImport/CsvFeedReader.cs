using Signpost.Data.Seed;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// The HSDS tabular layout: one row per service in services.csv, joined by id to organizations,
/// service_at_location, locations, addresses, accessibility, schedules, phones, contacts, languages,
/// cost_options, service_areas, and taxonomy terms (through attribute.csv's link_id). The side tables
/// are read into lookups first; services.csv is then streamed. The seed's RFC 4180 reader serves, as CsvHelper 34's API differs from the one most code knows.
/// </summary>
internal static class CsvFeedReader
{
    public static IEnumerable<FeedItem> Read(string folder, FeedPosition? feedPosition)
    {
        var organisations = Table(folder, "organizations.csv").ToDictionary(r => r.Get("id") ?? "", r => r);
        var addresses = Group(folder, "addresses.csv", "location_id");
        if (addresses.Count == 0)
        {
            addresses = Group(folder, "address.csv", "location_id");
        }

        var accessibility = Group(folder, "accessibility.csv", "location_id");
        var locations = Table(folder, "locations.csv").Where(r => r.Get("id") is not null).ToDictionary(r => r.Get("id")!, r => r);
        var atLocation = Group(folder, "service_at_location.csv", "service_id");
        var schedules = Group(folder, "schedules.csv", "service_id");
        var contacts = Group(folder, "contacts.csv", "service_id");
        var phonesByContact = Group(folder, "phones.csv", "contact_id");
        var phonesByService = Group(folder, "phones.csv", "service_id");
        var languages = Group(folder, "languages.csv", "service_id");
        var costs = Group(folder, "cost_options.csv", "service_id");
        var areas = Group(folder, "service_areas.csv", "service_id");
        var terms = Table(folder, "taxonomy_terms.csv").Where(r => r.Get("id") is not null).ToDictionary(r => r.Get("id")!, r => r);
        var attributes = Group(folder, "attribute.csv", "link_id");

        var position = 0;
        feedPosition?.Start([Path.Combine(folder, "services.csv")]);
        foreach (var row in Table(folder, "services.csv", feedPosition))
        {
            position++;
            var problems = new List<string>();
            var id = row.Get("id");
            var locationRows = (id is null ? [] : atLocation.GetValueOrDefault(id) ?? [])
                .Select(a => a.Get("location_id")).OfType<string>().Distinct()
                .Select(l => locations.GetValueOrDefault(l)).OfType<CsvRow>().ToList();
            var organisation = row.Get("organization_id") is { } organisationId
                ? organisations.GetValueOrDefault(organisationId) is { } o
                    ? new FeedOrganisation(organisationId, o.Get("name"), o.Get("description"), o.Get("website") ?? o.Get("url"), o.Get("email"), null)
                    : new FeedOrganisation(organisationId, null, null, null, null, null)
                : null;
            var serviceContacts = id is null ? [] : contacts.GetValueOrDefault(id) ?? [];
            var phones = (id is null ? [] : phonesByService.GetValueOrDefault(id) ?? [])
                .Concat(serviceContacts.SelectMany(c => c.Get("id") is { } contactId ? phonesByContact.GetValueOrDefault(contactId) ?? [] : []))
                .Select(p => p.Get("number")?.Trim('"', ' ') is { Length: > 0 } number ? new FeedPhone(number, p.Get("description")) : null)
                .OfType<FeedPhone>().ToList();
            var serviceSchedules = id is null ? [] : schedules.GetValueOrDefault(id) ?? [];
            yield return new FeedItem(position, FeedFormat.Csv, new FeedService
            {
                SourceId = id,
                Name = row.Get("name"),
                Description = row.Get("description"),
                Url = row.Get("url"),
                Email = row.Get("email"),
                Phones = phones,
                ContactName = serviceContacts.Select(c => c.Get("name")).FirstOrDefault(n => n is not null),
                MinimumAge = row.Integer("minimum_age", problems),
                MaximumAge = row.Integer("maximum_age", problems),
                Fees = row.Get("fees_description") ?? row.Get("fees"),
                Costs = (id is null ? [] : costs.GetValueOrDefault(id) ?? [])
                    .Select(c => new FeedCost(c.Get("option"), c.Decimal("amount", problems), c.Get("amount_description"))).ToList(),
                Languages = (id is null ? [] : languages.GetValueOrDefault(id) ?? []).Select(l => l.Get("name") ?? l.Get("code")).OfType<string>().ToList(),
                Organisation = organisation,
                Locations = locationRows.Select(l => Location(l, addresses, accessibility, problems)).ToList(),
                Schedules = serviceSchedules.SelectMany(s => Schedule(s, problems)).ToList(),
                Terms = (id is null ? [] : attributes.GetValueOrDefault(id) ?? [])
                    .Select(a => a.Get("taxonomy_term_id") is { } termId ? terms.GetValueOrDefault(termId) : null)
                    .OfType<CsvRow>()
                    .Select(t => (t.Get("name") ?? t.Get("term")) is { } name ? new FeedTerm(t.Get("id"), name, t.Get("taxonomy"), t.Get("term"), t.Get("taxonomy_id")) : null)
                    .OfType<FeedTerm>()
                    .ToList(),
                ServiceAreas = (id is null ? [] : areas.GetValueOrDefault(id) ?? []).Select(a => (a.Get("name") ?? a.Get("service_area")) is { } name ? new FeedArea(name, a.Get("extent_type")) : null).OfType<FeedArea>().ToList(),
                AttendingTypes = serviceSchedules.Select(s => s.Get("attending_type")).OfType<string>().ToList(),
                Status = row.Get("status"),
            }, problems);
        }
    }

    private static FeedLocation Location(CsvRow location, Dictionary<string, List<CsvRow>> addresses, Dictionary<string, List<CsvRow>> accessibility, List<string> problems)
    {
        var id = location.Get("id")!;
        var address = addresses.GetValueOrDefault(id)?.FirstOrDefault();
        var latitude = location.Decimal("latitude", problems);
        var longitude = location.Decimal("longitude", problems);
        return new FeedLocation(
            id,
            location.Get("name"),
            address is null ? null : Oruk3RecordReader.JoinLines(address.Get("address_1"), address.Get("address_2")),
            address?.Get("city"),
            address?.Get("postal_code"),
            latitude is null ? null : (double)latitude,
            longitude is null ? null : (double)longitude,
            (accessibility.GetValueOrDefault(id) ?? []).Select(a => a.Get("description") ?? a.Get("accessibility")).OfType<string>().ToList(),
            location.Get("location_type") is "virtual");
    }

    private static IEnumerable<FeedSchedule> Schedule(CsvRow schedule, List<string> problems)
    {
        var days = Days.Parse(schedule.Get("byday"));
        var freq = schedule.Get("freq");
        if (days.Count == 0 || (freq is not null && !freq.Equals("WEEKLY", StringComparison.OrdinalIgnoreCase)))
        {
            yield break;
        }

        yield return new FeedSchedule(days, schedule.Get("opens_at"), schedule.Get("closes_at"), schedule.Date("valid_from", problems), schedule.Date("valid_to", problems),
            schedule.Get("description") ?? schedule.Get("notes"), schedule.Get("location_id"));
    }

    private static Dictionary<string, List<CsvRow>> Group(string folder, string file, string key) =>
        Table(folder, file).Where(r => r.Get(key) is not null).GroupBy(r => r.Get(key)!).ToDictionary(g => g.Key, g => g.ToList());

    private static IEnumerable<CsvRow> Table(string folder, string file, FeedPosition? feedPosition = null)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            yield break;
        }

        using var reader = new StreamReader(path);
        feedPosition?.Reading(reader.BaseStream);
        using var rows = SimpleCsv.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            yield break;
        }

        var header = rows.Current.Fields.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        while (rows.MoveNext())
        {
            var fields = rows.Current.Fields;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length && i < fields.Length; i++)
            {
                if (!string.IsNullOrWhiteSpace(fields[i]))
                {
                    values[header[i]] = fields[i].Trim();
                }
            }

            yield return new CsvRow(file, values);
        }
    }
}
