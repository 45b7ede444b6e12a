namespace Signpost.Web.Features.Editor.Services;

public sealed record WorkflowResult(WorkflowOutcome Outcome, Guid ServiceId, int? VersionNumber = null, string? Message = null, ServiceConflict? Conflict = null)
{
    public bool Succeeded => Outcome == WorkflowOutcome.Done;

    public static WorkflowResult Done(Guid id, int? version = null) => new(WorkflowOutcome.Done, id, version);

    public static WorkflowResult NotFound(Guid id) => new(WorkflowOutcome.NotFound, id);

    public static WorkflowResult Forbidden(Guid id) => new(WorkflowOutcome.Forbidden, id);

    public static WorkflowResult Invalid(Guid id, string message) => new(WorkflowOutcome.Invalid, id, Message: message);
}
