using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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
    public ServiceAreaType AreaType { get; init; }
    public IReadOnlyList<string> Localities { get; init; } = [];
    public MappedOrganisation? Organisation { get; init; }
    public IReadOnlyList<MappedLocation> Locations { get; init; } = [];
    public IReadOnlyList<MappedSchedule> Schedules { get; init; } = [];
    public IReadOnlyList<MappedTerm> Terms { get; init; } = [];

    /// <summary>What changes when the feed's record changes: a second import of the same record gives the same hash.</summary>
    public string Hash() => ContentHash.Of(this);
}

public sealed record MappedOrganisation(string SourceId, string? Name, OrganisationType Type, string Description, string? Website, string? Phone, string? Email)
{
    public string Hash() => ContentHash.Of(this);
}

public sealed record MappedLocation(string SourceId, string Name, string Address, string Town, string Postcode, double? Latitude, double? Longitude, IReadOnlyList<string> Accessibility)
{
    public string Hash() => ContentHash.Of(this);
}

public sealed record MappedSchedule(DayOfWeek Day, TimeOnly Opens, TimeOnly? Closes, string? LocationSourceId, DateOnly? ValidFrom, DateOnly? ValidTo, string? Note);

/// <summary>A tag as the feed names it; <see cref="Key"/> is trimmed and case-folded, so "Youth club " and "youth club" are one term.</summary>
public sealed record MappedTerm(string Key, string Name, string? Taxonomy, string? SourceId = null);

internal static class ContentHash
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Of<T>(T value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, Options))));
}
