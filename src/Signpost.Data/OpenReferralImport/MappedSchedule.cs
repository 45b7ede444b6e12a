namespace Signpost.Data.OpenReferralImport;

/// <summary>One weekly session, on one day, pointing at its venue by feed id.</summary>
public sealed record MappedSchedule(DayOfWeek Day, TimeOnly Opens, TimeOnly? Closes, string? LocationSourceId, DateOnly? ValidFrom, DateOnly? ValidTo, string? Note);
