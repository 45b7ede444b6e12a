using System.Text.Json.Nodes;
using Signpost.Core.Content;
using Signpost.Web.Features.Listings;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>
/// Our published content in the shapes of the ORUK 3.0 schemas: list items carry the one-to-one fields,
/// single items everything nested. Ids of rows we do not store separately (contacts, phones, addresses,
/// attributes) are derived from their owner's id, so they are stable between harvests.
/// </summary>
public sealed class OrukDocuments(OrukTermCatalog catalog, string areaName)
{
    public const string ActiveStatus = "active";

    public JsonObject Organization(Organisation organisation)
    {
        var json = new JsonObject
        {
            ["id"] = organisation.Id.ToString("D"),
            ["name"] = organisation.Name,
            ["description"] = string.IsNullOrWhiteSpace(organisation.Description) ? organisation.Name : organisation.Description,
        };
        json.PutEmail("email", organisation.Email).PutWebsite("website", organisation.Website);
        if (!string.IsNullOrWhiteSpace(organisation.Phone))
        {
            json.PutArray("phones", [new JsonObject { ["id"] = OrukIds.Derive(organisation.Id, "phone").ToString("D"), ["organization_id"] = organisation.Id.ToString("D"), ["number"] = organisation.Phone }]);
        }

        return json.Put("last_modified", organisation.LastModified);
    }

    /// <summary>The one-to-one fields of a service and its organisation: the shape of list pages.</summary>
    public JsonObject ServiceSummary(Service service)
    {
        var json = new JsonObject
        {
            ["id"] = service.Id.ToString("D"),
            ["organization_id"] = service.OrganisationId.ToString("D"),
            ["name"] = service.Name,
        };
        json.Put("summary", service.Summary)
            .Put("description", string.IsNullOrWhiteSpace(service.Description) ? service.Summary : service.Description)
            .PutWebsite("url", service.Contact.Website)
            .PutEmail("email", service.Contact.Email);
        json["status"] = ActiveStatus;
        json.Put("fees", service.IsFree ? null : service.CostDetails)
            .Put("minimum_age", service.MinimumAge)
            .Put("maximum_age", service.MaximumAge)
            .Put("assured_date", service.LastReviewed)
            .Put("last_modified", service.LastModified);
        if (service.Organisation is { } organisation)
        {
            json["organization"] = Organization(organisation);
        }

        return json;
    }

    /// <summary>The fully nested service; <paramref name="withLocations"/> false when it sits inside a service_at_location.</summary>
    public JsonObject Service(Service service, bool withLocations = true)
    {
        var json = ServiceSummary(service);
        var id = service.Id.ToString("D");
        var publicLocations = service.Locations.Where(l => l.Status != ContentStatus.Withdrawn).OrderBy(l => l.Name, StringComparer.Ordinal).ToList();
        var publicIds = publicLocations.Select(l => l.Id).ToHashSet();
        json.PutArray("schedules", service.Schedules
            .OrderBy(s => s.Day == DayOfWeek.Sunday ? 7 : (int)s.Day).ThenBy(s => s.Opens).ThenBy(s => s.Id)
            .Select(s => Schedule(s, publicIds)));
        json.PutArray("service_areas", ServiceAreas(service));
        if (withLocations)
        {
            json.PutArray("service_at_locations", publicLocations.Select(l => ServiceAtLocation(service, l, full: true, withService: false)));
        }

        json.PutArray("languages", service.Languages.Where(l => !string.IsNullOrWhiteSpace(l)).Distinct(StringComparer.OrdinalIgnoreCase).Select(language =>
            new JsonObject { ["id"] = OrukIds.Derive(service.Id, "language:" + language.ToLowerInvariant()).ToString("D"), ["service_id"] = id, ["name"] = language }
                .Put("code", LanguageCodes.For(language))));
        json.PutArray("cost_options", CostOptions(service));
        json.PutArray("contacts", Contacts(service));
        json.PutArray("phones", Phones(service));
        json.PutArray("attributes", catalog.ForService(service).Select(term => new JsonObject
        {
            ["id"] = OrukIds.Derive(service.Id, "attribute:" + term.Id.ToString("D")).ToString("D"),
            ["link_id"] = id,
            ["link_type"] = "service",
            ["link_entity"] = "service",
            ["taxonomy_term_id"] = term.Id.ToString("D"),
            ["taxonomy_term"] = Term(term),
        }));
        return json;
    }

    public JsonObject ServiceAtLocation(Service service, Location location, bool full, bool withService = true)
    {
        var json = new JsonObject
        {
            ["id"] = OrukIds.ServiceAtLocation(service.Id, location.Id).ToString("D"),
            ["service_id"] = service.Id.ToString("D"),
            ["location_id"] = location.Id.ToString("D"),
            ["location"] = Location(location, full),
        };
        if (withService)
        {
            json["service"] = full ? Service(service, withLocations: false) : ServiceSummary(service);
        }

        return json;
    }

    public JsonObject Location(Location location, bool full)
    {
        var json = new JsonObject
        {
            ["id"] = location.Id.ToString("D"),
            ["location_type"] = "physical",
            ["name"] = location.Name,
        };
        json.Put("latitude", location.Latitude).Put("longitude", location.Longitude);
        if (!full)
        {
            return json;
        }

        json.Put("transportation", location.Transport);
        if (!string.IsNullOrWhiteSpace(location.Postcode))
        {
            json.PutArray("addresses", [new JsonObject
            {
                ["id"] = OrukIds.Derive(location.Id, "address").ToString("D"),
                ["location_id"] = location.Id.ToString("D"),
                ["address_1"] = string.IsNullOrWhiteSpace(location.Address) ? location.Name : location.Address,
                ["city"] = string.IsNullOrWhiteSpace(location.Town) ? areaName : location.Town,
                ["state_province"] = areaName,
                ["postal_code"] = location.Postcode,
                ["country"] = "GB",
                ["address_type"] = "physical",
            }]);
        }

        json.PutArray("accessibility", location.Accessibility.Distinct().Select(feature => new JsonObject
        {
            ["id"] = OrukIds.Derive(location.Id, "accessibility:" + feature).ToString("D"),
            ["location_id"] = location.Id.ToString("D"),
            ["description"] = ServiceWords.Accessibility(feature),
            ["accessibility"] = feature,
        }));
        return json;
    }

    public JsonObject Term(OrukTerm term) =>
        new JsonObject
        {
            ["id"] = term.Id.ToString("D"),
            ["name"] = term.Name,
            ["description"] = term.Description,
        }
        .Put("parent_id", term.ParentId)
        .Put("taxonomy", term.Taxonomy.Name)
        .Put("taxonomy_id", term.Taxonomy.Id)
        .Put("code", term.Code)
        .Put("term", term.Code);

    public JsonObject Taxonomy(OrukTaxonomy taxonomy, bool withTerms)
    {
        var json = new JsonObject
        {
            ["id"] = taxonomy.Id.ToString("D"),
            ["name"] = taxonomy.Name,
            ["description"] = taxonomy.Description,
            ["version"] = "1",
        };
        return withTerms ? json.PutArray("taxonomy_terms", catalog.All.Where(t => t.Taxonomy.Id == taxonomy.Id).Select(Term)) : json;
    }

    private static JsonObject Schedule(ServiceSchedule schedule, HashSet<Guid> publicLocations)
    {
        var json = new JsonObject
        {
            ["id"] = schedule.Id.ToString("D"),
            ["service_id"] = schedule.ServiceId.ToString("D"),
        };
        if (schedule.LocationId is { } location && publicLocations.Contains(location))
        {
            json.Put("service_at_location_id", OrukIds.ServiceAtLocation(schedule.ServiceId, location));
        }

        json.Put("valid_from", schedule.ValidFrom).Put("valid_to", schedule.ValidTo);
        json["freq"] = "WEEKLY";
        json["interval"] = 1;
        json["byday"] = ByDay(schedule.Day);

        // A session written as ending at 24:00 has no closing time in the store; the feed says the last second of the day.
        json["opens_at"] = OrukJson.Time(schedule.Opens);
        json["closes_at"] = OrukJson.Time(schedule.Closes ?? new TimeOnly(23, 59, 59));
        json["description"] = $"{schedule.Day}s, {schedule.Opens:HH:mm} to {(schedule.Closes is { } closes ? closes.ToString("HH:mm") : "midnight")}";
        return json.Put("notes", schedule.Note);
    }

    public static string ByDay(DayOfWeek day) => day.ToString()[..2].ToUpperInvariant();

    private IEnumerable<JsonObject> ServiceAreas(Service service)
    {
        IEnumerable<string> names = service.AreaType switch
        {
            ServiceAreaType.Localities => service.Localities,
            ServiceAreaType.WholeArea => [areaName],
            ServiceAreaType.National => ["United Kingdom"],
            _ => [],
        };
        return names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().Select(name => new JsonObject
        {
            ["id"] = OrukIds.Derive(service.Id, "service_area:" + name).ToString("D"),
            ["service_id"] = service.Id.ToString("D"),
            ["name"] = name,
            ["extent_type"] = service.AreaType == ServiceAreaType.Localities ? "locality" : service.AreaType == ServiceAreaType.National ? "country" : "local_authority",
        });
    }

    private static IEnumerable<JsonObject> CostOptions(Service service)
    {
        var option = new JsonObject
        {
            ["id"] = OrukIds.Derive(service.Id, "cost_option").ToString("D"),
            ["service_id"] = service.Id.ToString("D"),
        };
        if (service.IsFree)
        {
            option["option"] = "Free";
            option["amount"] = 0;
            yield return option.Put("amount_description", service.CostDetails);
        }
        else if (!string.IsNullOrWhiteSpace(service.CostDetails))
        {
            option["option"] = "Charge";
            yield return option.Put("amount_description", service.CostDetails);
        }
    }

    private static IEnumerable<JsonObject> Contacts(Service service)
    {
        if (service.Contact.IsEmpty)
        {
            yield break;
        }

        yield return new JsonObject { ["id"] = ContactId(service).ToString("D"), ["service_id"] = service.Id.ToString("D") }
            .Put("name", service.Contact.Name)
            .PutEmail("email", service.Contact.Email)
            .PutArray("phones", Phones(service));
    }

    private static Guid ContactId(Service service) => OrukIds.Derive(service.Id, "contact");

    /// <summary>A listing's phone and text numbers: each one row, linked to the service and its contact alike, wherever it is shown.</summary>
    private static IEnumerable<JsonObject> Phones(Service service)
    {
        var numbers = new[] { ("phone", service.Contact.Phone, "Phone"), ("text", service.Contact.Text, "Text message") };
        foreach (var (role, number, description) in numbers)
        {
            if (!string.IsNullOrWhiteSpace(number))
            {
                yield return new JsonObject
                {
                    ["id"] = OrukIds.Derive(service.Id, role).ToString("D"),
                    ["service_id"] = service.Id.ToString("D"),
                    ["contact_id"] = ContactId(service).ToString("D"),
                    ["number"] = number,
                    ["description"] = description,
                };
            }
        }
    }
}
