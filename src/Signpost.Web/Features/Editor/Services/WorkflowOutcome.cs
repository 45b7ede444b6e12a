namespace Signpost.Web.Features.Editor.Services;

public enum WorkflowOutcome
{
    Done,
    NotFound,
    Forbidden,

    /// <summary>Someone else saved a newer version since the form was loaded.</summary>
    Conflict,

    /// <summary>The step does not fit where the item stands (e.g. approving what is not in review), or the input breaks a rule.</summary>
    Invalid,
}
