namespace Signpost.Core.Editorial;

/// <summary>When the owning editors were last emailed that a service's review-by date has passed or is near.</summary>
public class ReviewReminder
{
    public Guid ServiceId { get; set; }
    public DateOnly SentOn { get; set; }
}
