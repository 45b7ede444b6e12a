namespace Signpost.Web.Features.Feedback;

/// <summary>The result of sending feedback: the receipt code (shown once), or nothing stored because it was a duplicate.</summary>
public sealed record FeedbackSubmitted(string? ReceiptCode, bool Urgent)
{
    public static FeedbackSubmitted Duplicate { get; } = new(null, false);

    public bool IsDuplicate => ReceiptCode is null;
}
