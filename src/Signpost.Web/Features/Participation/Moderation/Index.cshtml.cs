using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Feedback;

namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>The moderation queue: what is waiting, urgent first; filters travel in the query string so the list works without JavaScript.</summary>
public sealed class FeedbackQueueModel(FeedbackQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusText { get; set; }

    [BindProperty(SupportsGet = true, Name = "service")]
    public Guid? ServiceId { get; set; }

    [BindProperty(SupportsGet = true, Name = "urgent")]
    public bool UrgentOnly { get; set; }

    /// <summary>From the query string by hand: "page" is also Razor Pages' own route value, which binding would read first.</summary>
    public int PageNumber => int.TryParse(Request.Query["page"], out var number) && number > 1 ? number : 1;

    public FeedbackQueueFilter Filter { get; private set; } = null!;
    public FeedbackPage Results { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Services { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var status = Enum.TryParse<FeedbackStatus>(StatusText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : (FeedbackStatus?)null;
        Filter = new FeedbackQueueFilter(status, ServiceId, UrgentOnly, Math.Max(1, PageNumber));
        Results = await queries.QueueAsync(Filter, cancellationToken);
        Services = await queries.ServicesWithFeedbackAsync(cancellationToken);
    }
}
