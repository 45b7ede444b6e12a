using Signpost.Core.Content;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// Where a feed service is available, in our terms: the whole country or the whole area when an area says so
/// (by its kind, or a name that can only mean the UK), otherwise its named localities, otherwise its venues.
/// Coverage is kept alongside venues: a service that runs from a hall may still cover the whole area.
/// </summary>
public static class ServiceCoverage
{
    private static readonly HashSet<string> NationalNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "United Kingdom", "UK", "U.K.", "National", "Nationwide", "UK-wide", "UK wide", "Across the UK",
    };

    public static (ServiceAreaType Type, IReadOnlyList<string> Localities) Of(IReadOnlyList<FeedArea> areas, bool hasPlaces, List<string> warnings)
    {
        var named = areas.Select(a => (Name: ServiceMapper.Clean(a.Name), Kind: a.Kind?.Trim().ToLowerInvariant())).Where(a => a.Name.Length > 0).ToList();
        if (named.Any(a => a.Kind == "country" || NationalNames.Contains(a.Name)))
        {
            return (ServiceAreaType.National, []);
        }

        if (named.Any(a => a.Kind == "local_authority"))
        {
            return (ServiceAreaType.WholeArea, []);
        }

        var localities = named.Select(a => a.Name).Where(a => a.Length <= 60).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (localities.Count > 0)
        {
            return (ServiceAreaType.Localities, localities);
        }

        if (hasPlaces)
        {
            return (ServiceAreaType.Locations, []);
        }

        warnings.Add("it has no location or named area, so it is listed as covering the whole area");
        return (ServiceAreaType.WholeArea, []);
    }
}
