namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// One service as a feed describes it, whatever its layout: what the readers understood, before
/// any of our rules. Text is as published (descriptions may hold HTML).
/// </summary>
public sealed record FeedService
{
    public string? SourceId { get; init; }
    public string? Name { get; init; }

    /// <summary>The feed's own short summary, when it has one; otherwise ours is taken from the description.</summary>
    public string? Summary { get; init; }

    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }

    /// <summary>Every phone number the record gives, the service's before its contacts'.</summary>
    public IReadOnlyList<FeedPhone> Phones { get; init; } = [];

    public string? ContactName { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public string? Fees { get; init; }
    public IReadOnlyList<FeedCost> Costs { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public FeedOrganisation? Organisation { get; init; }
    public IReadOnlyList<FeedLocation> Locations { get; init; } = [];
    public IReadOnlyList<FeedSchedule> Schedules { get; init; } = [];
    public IReadOnlyList<FeedTerm> Terms { get; init; } = [];
    public IReadOnlyList<FeedArea> ServiceAreas { get; init; } = [];

    /// <summary>How people attend, in the feed's words ("online", "telephone", "in person").</summary>
    public IReadOnlyList<string> AttendingTypes { get; init; } = [];

    public string? Status { get; init; }
}
