namespace Signpost.Core.Feedback;

/// <summary>
/// One thing an officer did to a response: approve, reject, escalate, redact, tag. A redaction
/// records where and how much was removed, never the removed words themselves.
/// </summary>
public class FeedbackModerationEvent
{
    public long Id { get; set; }
    public long FeedbackResponseId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public FeedbackModerationAction Action { get; set; }
    public string? Note { get; set; }
}
