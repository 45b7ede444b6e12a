using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>The queue's filters as they come in the query string; no status means "waiting" (pending and escalated).</summary>
public sealed record FeedbackQueueFilter(FeedbackStatus? Status, Guid? ServiceId, bool UrgentOnly, int Page)
{
    public const int PageSize = 25;

    public string QueryFor(int page)
    {
        var parts = new List<string>();
        if (Status is { } status)
        {
            parts.Add("status=" + status.ToString().ToLowerInvariant());
        }

        if (ServiceId is { } service)
        {
            parts.Add("service=" + service);
        }

        if (UrgentOnly)
        {
            parts.Add("urgent=true");
        }

        if (page > 1)
        {
            parts.Add("page=" + page);
        }

        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
