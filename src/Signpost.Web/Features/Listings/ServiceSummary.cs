using Signpost.Core.Content;
using Signpost.Core.Rules;

namespace Signpost.Web.Features.Listings;

/// <summary>What a result list shows of a service: enough to choose which one to open.</summary>
public sealed record ServiceSummary(
    string Slug,
    string Name,
    string Summary,
    string OrganisationName,
    OrganisationType OrganisationType,
    int? MinimumAge,
    int? MaximumAge,
    bool IsFree,
    ServiceAreaType AreaType,
    IReadOnlyList<DeliveryMode> DeliveryModes,
    IReadOnlyList<string> Towns)
{
    public string Ages => new AgeRange(MinimumAge, MaximumAge).InWords();

    public string Where => AreaType switch
    {
        ServiceAreaType.National => "Available across the UK",
        ServiceAreaType.WholeArea => "Covers all of the area",
        _ when Towns.Count > 0 => string.Join(", ", Towns),
        _ when DeliveryModes.Contains(DeliveryMode.Online) => "Online",
        _ => "",
    };

    public static ServiceSummary From(Service s) => new(
        s.Slug, s.Name, s.Summary, s.Organisation.Name, s.Organisation.Type, s.MinimumAge, s.MaximumAge, s.IsFree, s.AreaType, s.DeliveryModes,
        s.AreaType == ServiceAreaType.Localities ? s.Localities : s.Locations.Select(l => l.Town).Where(t => t.Length > 0).Distinct().ToList());
}
