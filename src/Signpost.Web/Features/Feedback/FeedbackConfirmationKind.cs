namespace Signpost.Web.Features.Feedback;

public enum FeedbackConfirmationKind
{
    Sent,
    Changed,
    Deleted,
}
