namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>
/// What the date-and-time partial needs. <paramref name="Id"/> is the first box's id and the error's
/// key (so the error summary links to it); <paramref name="Name"/> prefixes the posted fields.
/// </summary>
public sealed record ScheduleFieldsView(string Id, string Name, string Legend, string Hint, ScheduleInput Value, string? Error);
