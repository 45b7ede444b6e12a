namespace Signpost.Core.Feedback;

public class FeedbackResponseTheme
{
    public long FeedbackResponseId { get; set; }
    public required string ThemeSlug { get; set; }
}
