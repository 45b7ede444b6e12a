using System.Text.Json;
using Signpost.Core.Content;

namespace Signpost.Web.Features.Listings;

/// <summary>schema.org JSON-LD for a service page, so search engines can show who runs it, where and when.</summary>
public static class ServiceStructuredData
{
    private static readonly string[] DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static string For(Service service, string url)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Service",
            ["name"] = service.Name,
            ["description"] = service.Summary,
            ["url"] = url,
            ["provider"] = new Dictionary<string, object?>
            {
                ["@type"] = service.Organisation.Type is OrganisationType.Council or OrganisationType.Nhs or OrganisationType.Police ? "GovernmentOrganization" : "Organization",
                ["name"] = service.Organisation.Name,
                ["url"] = service.Organisation.Website,
            },
            ["audience"] = new Dictionary<string, object?>
            {
                ["@type"] = "PeopleAudience",
                ["suggestedMinAge"] = service.MinimumAge,
                ["suggestedMaxAge"] = service.MaximumAge,
            },
            ["isAccessibleForFree"] = service.IsFree,
            ["category"] = service.Categories.Select(c => c.Name).ToList(),
        };
        if (service.Contact.Phone is { } phone)
        {
            data["telephone"] = phone;
        }

        if (service.Contact.Email is { } email)
        {
            data["email"] = email;
        }

        if (service.Locations.Count > 0)
        {
            data["availableChannel"] = service.Locations.Select(l => new Dictionary<string, object?>
            {
                ["@type"] = "ServiceChannel",
                ["serviceLocation"] = new Dictionary<string, object?>
                {
                    ["@type"] = "Place",
                    ["name"] = l.Name,
                    ["address"] = new Dictionary<string, object?>
                    {
                        ["@type"] = "PostalAddress", ["streetAddress"] = l.Address, ["addressLocality"] = l.Town, ["postalCode"] = l.Postcode, ["addressCountry"] = "GB",
                    },
                    ["geo"] = new Dictionary<string, object?> { ["@type"] = "GeoCoordinates", ["latitude"] = l.Latitude, ["longitude"] = l.Longitude },
                },
            }).ToList();
        }

        if (service.Schedules.Count > 0)
        {
            data["hoursAvailable"] = service.Schedules.Select(s => new Dictionary<string, object?>
            {
                ["@type"] = "OpeningHoursSpecification",
                ["dayOfWeek"] = $"https://schema.org/{DayNames[(int)s.Day]}",
                ["opens"] = s.Opens.ToString("HH:mm"),
                ["closes"] = s.Closes?.ToString("HH:mm") ?? "23:59",
            }).ToList();
        }

        // Escape "<" so that no listing text can close the script element it sits in.
        return JsonSerializer.Serialize(data, new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull })
            .Replace("<", "\\u003c");
    }
}
