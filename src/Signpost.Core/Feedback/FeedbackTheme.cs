namespace Signpost.Core.Feedback;

/// <summary>A theme officers tag feedback with (access, times, staff, cost...); reports count by theme.</summary>
public class FeedbackTheme
{
    public required string Slug { get; set; }
    public required string Label { get; set; }
    public int SortOrder { get; set; }
}
