namespace Signpost.Core.Editorial.Snapshots;

/// <summary>One weekly session. A null <see cref="Closes"/> means until midnight, as on <see cref="Content.ServiceSchedule"/>.</summary>
public sealed record ScheduleSnapshot(DayOfWeek Day, TimeOnly Opens, TimeOnly? Closes, Guid? LocationId = null, DateOnly? ValidFrom = null, DateOnly? ValidTo = null, string? Note = null);
