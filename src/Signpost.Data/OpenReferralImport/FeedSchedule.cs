namespace Signpost.Data.OpenReferralImport;

/// <summary>A weekly session on one or more days; times as published ("10:00", "10:00:00").</summary>
public sealed record FeedSchedule(IReadOnlyList<DayOfWeek> Days, string? Opens, string? Closes, DateOnly? ValidFrom, DateOnly? ValidTo, string? Note, string? LocationSourceId);
