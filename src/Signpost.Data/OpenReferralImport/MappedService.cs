using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Data.OpenReferralImport;

/// <summary>A feed service in our terms, still pointing at its organisation, venues and terms by their feed ids and names.</summary>
public sealed record MappedService
{
    public required string SourceId { get; init; }
    public required string Name { get; init; }
    public required string Summary { get; init; }
    public required string Description { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public bool IsFree { get; init; }
    public string? CostDetails { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public ContactSnapshot Contact { get; init; } = new();
    public IReadOnlyList<DeliveryMode> DeliveryModes { get; init; } = [];

    /// <summary>Who it is for and how people get it, when the feed says so in our own taxonomies; empty when it does not.</summary>
    public IReadOnlyList<Audience> Audiences { get; init; } = [];
    public IReadOnlyList<AccessRoute> AccessRoutes { get; init; } = [];
    public ServiceAreaType AreaType { get; init; }
    public IReadOnlyList<string> Localities { get; init; } = [];
    public MappedOrganisation? Organisation { get; init; }
    public IReadOnlyList<MappedLocation> Locations { get; init; } = [];
    public IReadOnlyList<MappedSchedule> Schedules { get; init; } = [];
    public IReadOnlyList<MappedTerm> Terms { get; init; } = [];

    /// <summary>What changes when the feed's record changes: a second import of the same record gives the same hash.</summary>
    public string Hash() => ContentHash.Of(this);
}
