namespace Signpost.Core.Content;

/// <summary>A weekly session: one day of the week, one time span. Several rows make several sessions a day.</summary>
public class ServiceSchedule
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Opens { get; set; }
    /// <summary>Null means open until midnight (a session written as ending at 24:00).</summary>
    public TimeOnly? Closes { get; set; }
    public Guid? LocationId { get; set; }
    public Location? Location { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public string? Note { get; set; }

    public bool RunsOn(DateOnly date) =>
        date.DayOfWeek == Day
        && (ValidFrom is null || date >= ValidFrom)
        && (ValidTo is null || date <= ValidTo);
}
