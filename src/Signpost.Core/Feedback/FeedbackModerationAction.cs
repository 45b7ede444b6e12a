namespace Signpost.Core.Feedback;

public enum FeedbackModerationAction
{
    Approved,
    Rejected,
    Escalated,
    Redacted,
    ThemesChanged,
    SafeguardingReviewed,
    Replied,
}
