using Signpost.Web.Features.Editor.Services;

namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>How one workflow step on a page, organisation or venue ended. <see cref="Field"/> names the form field a rule broke, when one did.</summary>
public sealed record StepResult<TSnapshot>(WorkflowOutcome Outcome, Guid Id, int? VersionNumber = null, string? Message = null, string? Field = null, ContentConflict<TSnapshot>? Conflict = null)
{
    public bool Succeeded => Outcome == WorkflowOutcome.Done;

    public static StepResult<TSnapshot> Done(Guid id, int? version = null) => new(WorkflowOutcome.Done, id, version);

    public static StepResult<TSnapshot> NotFound(Guid id) => new(WorkflowOutcome.NotFound, id);

    public static StepResult<TSnapshot> Forbidden(Guid id) => new(WorkflowOutcome.Forbidden, id);

    public static StepResult<TSnapshot> Invalid(Guid id, string message, string field = "") => new(WorkflowOutcome.Invalid, id, Message: message, Field: field);
}
