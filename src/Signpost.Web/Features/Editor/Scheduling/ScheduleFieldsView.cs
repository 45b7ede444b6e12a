using Microsoft.AspNetCore.Mvc.ModelBinding;
using Signpost.Web.Features.Account;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>
/// What the date-and-time partial needs. <paramref name="Id"/> is the first box's id and the error's
/// key (so the error summary links to it); <paramref name="Name"/> prefixes the posted fields.
/// </summary>
public sealed record ScheduleFieldsView(string Id, string Name, string Legend, string Hint, ScheduleInput Value, string? Error)
{
    /// <summary>"Publish at" beside an edit page's "Save and publish" button.</summary>
    public static ScheduleFieldsView SaveAndPublish(ScheduleInput value, ModelStateDictionary modelState) =>
        new(ContentSchedules.PublishAtId, "publishAt", "Publish at (optional)",
            "Only for Save and publish. Leave blank to publish now. UK time, for example 1 12 2026 and 09:00", value, FieldErrors.For(modelState, ContentSchedules.PublishAtId));

    /// <summary>"Publish at" beside a reviewer's approve button; <paramref name="id"/> tells one item's boxes from another's.</summary>
    public static ScheduleFieldsView Approve(string id, ScheduleInput value, ModelStateDictionary modelState) =>
        new(id, "publishAt", "Publish at (optional)", "Leave blank to publish now. UK time, for example 1 12 2026 and 09:00", value, FieldErrors.For(modelState, id));

    public static ScheduleFieldsView WithdrawLater(ScheduleInput value, ModelStateDictionary modelState) =>
        new(ContentSchedules.WithdrawAtId, "withdrawAt", "Withdraw at",
            "For example, when a holiday scheme ends. UK time, for example 31 7 2027 and 17:00", value, FieldErrors.For(modelState, ContentSchedules.WithdrawAtId));
}
