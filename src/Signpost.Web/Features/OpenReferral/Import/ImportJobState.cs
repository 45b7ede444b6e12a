namespace Signpost.Web.Features.OpenReferral.Import;

public enum ImportJobState
{
    Waiting,
    Running,
    Finished,
    Failed,
}
