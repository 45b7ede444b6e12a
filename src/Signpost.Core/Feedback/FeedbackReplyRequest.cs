namespace Signpost.Core.Feedback;

/// <summary>
/// An email address given by someone who asked for a reply. Kept apart from the response so that
/// reports and exports can never reach it, and deleted after the reply-email retention period.
/// </summary>
public class FeedbackReplyRequest
{
    public long Id { get; set; }
    public long FeedbackResponseId { get; set; }
    public required string Email { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>UTC; when an officer recorded that they replied.</summary>
    public DateTime? RepliedAt { get; set; }

    public string? RepliedById { get; set; }
}
