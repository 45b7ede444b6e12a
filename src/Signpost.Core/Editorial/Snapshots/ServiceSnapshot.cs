using System.Text.Json;
using System.Text.Json.Serialization;
using Signpost.Core.Content;

namespace Signpost.Core.Editorial.Snapshots;

/// <summary>
/// Every field of a service an editor can change, as one immutable value: what a version stores.
/// Properties serialise in declaration order, and lists are kept sorted by the mapping, so the
/// same service always gives the same JSON and equal snapshots compare equal as text.
/// </summary>
public sealed record ServiceSnapshot
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Description { get; init; } = "";
    public Guid OrganisationId { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public IReadOnlyList<Audience> Audiences { get; init; } = [];
    public IReadOnlyList<Guid> CategoryIds { get; init; } = [];
    public IReadOnlyList<Guid> NeedIds { get; init; } = [];
    public IReadOnlyList<Guid> OutcomeIds { get; init; } = [];
    public bool IsFree { get; init; }
    public string? CostDetails { get; init; }
    public IReadOnlyList<AccessRoute> AccessRoutes { get; init; } = [];
    public IReadOnlyList<DeliveryMode> DeliveryModes { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public ContactSnapshot Contact { get; init; } = new();
    public IReadOnlyList<Guid> LocationIds { get; init; } = [];
    public ServiceAreaType AreaType { get; init; } = ServiceAreaType.Locations;
    public IReadOnlyList<string> Localities { get; init; } = [];
    public IReadOnlyList<ScheduleSnapshot> Schedules { get; init; } = [];
    public IReadOnlyList<ClosureSnapshot> Closures { get; init; } = [];
    public YouthSnapshot Youth { get; init; } = new();
    public LocalOfferSnapshot LocalOffer { get; init; } = new();
    public DateOnly? ReviewBy { get; init; }
    public DateOnly? ValidTo { get; init; }

    /// <summary>Tags from an imported feed that match none of our terms yet (kind Imported). Declared last so older snapshots read as before.</summary>
    public IReadOnlyList<Guid> ImportedTermIds { get; init; } = [];

    [JsonIgnore]
    public IEnumerable<Guid> TermIds => CategoryIds.Concat(NeedIds).Concat(OutcomeIds).Concat(ImportedTermIds ?? []);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ServiceSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ServiceSnapshot>(json, Json) ?? throw new JsonException("A service snapshot was empty.");

    /// <summary>Records hold lists by reference, so equality goes through the canonical JSON.</summary>
    public bool SameAs(ServiceSnapshot other) => ToJson() == other.ToJson();

    /// <summary>Puts lists in a stable order, so that a form and the store give identical snapshots for identical content.</summary>
    public ServiceSnapshot Normalised() => this with
    {
        Audiences = Audiences.Distinct().Order().ToList(),
        CategoryIds = CategoryIds.Distinct().Order().ToList(),
        NeedIds = NeedIds.Distinct().Order().ToList(),
        OutcomeIds = OutcomeIds.Distinct().Order().ToList(),
        ImportedTermIds = (ImportedTermIds ?? []).Distinct().Order().ToList(),
        AccessRoutes = AccessRoutes.Distinct().Order().ToList(),
        DeliveryModes = DeliveryModes.Distinct().Order().ToList(),
        LocationIds = LocationIds.Distinct().Order().ToList(),
        Schedules = Schedules.OrderBy(s => (((int)s.Day + 6) % 7)).ThenBy(s => s.Opens).ThenBy(s => s.Closes ?? TimeOnly.MaxValue).ThenBy(s => s.LocationId).ToList(),
        Closures = Closures.OrderBy(c => c.Date).ThenBy(c => c.Reason, StringComparer.Ordinal).ToList(),
    };
}
