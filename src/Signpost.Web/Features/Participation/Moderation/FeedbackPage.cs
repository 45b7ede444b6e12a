namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>One page of a feedback list and how many there are in all.</summary>
public sealed record FeedbackPage(IReadOnlyList<FeedbackQueueRow> Rows, int Total, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
