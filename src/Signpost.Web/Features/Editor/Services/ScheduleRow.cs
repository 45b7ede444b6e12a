namespace Signpost.Web.Features.Editor.Services;

/// <summary>One session row of the form, as typed. A row with no day and no times is ignored, so a blank "add another" row costs nothing.</summary>
public sealed class ScheduleRow
{
    public string? Day { get; set; }
    public string? Opens { get; set; }
    public string? Closes { get; set; }
    public Guid? LocationId { get; set; }
    public string? ValidFrom { get; set; }
    public string? ValidTo { get; set; }
    public string? Note { get; set; }
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Opens) && string.IsNullOrWhiteSpace(Closes);
}
