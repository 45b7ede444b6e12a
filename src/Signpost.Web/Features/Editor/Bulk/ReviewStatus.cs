namespace Signpost.Web.Features.Editor.Bulk;

/// <summary>A listing's place in the review cycle, in the words the export and lists use.</summary>
public static class ReviewStatus
{
    public static string Of(DateOnly? reviewBy, DateOnly today, int dueWithinDays) => reviewBy switch
    {
        null => "no review date",
        { } date when date < today => "overdue",
        { } date when date <= today.AddDays(dueWithinDays) => $"due within {dueWithinDays} days",
        _ => "ok",
    };
}
