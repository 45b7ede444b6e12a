using Signpost.Core.Content;
using Signpost.Core.Markdown;
using Signpost.Core.Rules;

namespace Signpost.Web.Features.Listings;

/// <summary>
/// What the service page shows, worked out from a <see cref="Service"/>. Both the public page and
/// the editor's preview (a draft turned into an unsaved service) render it with <c>_ServiceContent</c>,
/// so the preview is the real page.
/// </summary>
public sealed class ServicePageContent
{
    public required Service Service { get; init; }
    public required string DescriptionHtml { get; init; }
    public required IReadOnlyList<SessionDay> ThisWeek { get; init; }
    public required IReadOnlyList<string> WeeklyPattern { get; init; }
    public required IReadOnlyList<ServiceClosure> UpcomingClosures { get; init; }
    public required IReadOnlyList<ServiceSummary> Related { get; init; }
    public required string AreaName { get; init; }
    public bool YoungPeopleView { get; init; }
    public IReadOnlyList<string> MyList { get; init; } = [];

    /// <summary>Published "you said, we did" answers about this service; none in the editor's preview.</summary>
    public IReadOnlyList<YouSaidWeDid.YouSaidWeDidItem> YouSaidWeDid { get; init; } = [];

    public bool IsOnMyList => MyList.Contains(Service.Slug);

    public string LinkQuery => YoungPeopleView ? "?audience=young-people" : "";

    public static ServicePageContent For(Service service, DateOnly today, IReadOnlyList<ServiceSummary> related, string areaName, bool youngPeopleView, IReadOnlyList<string> myList, IReadOnlyList<YouSaidWeDid.YouSaidWeDidItem>? youSaidWeDid = null) => new()
    {
        Service = service,
        DescriptionHtml = SafeMarkdown.ToHtml(service.Description),
        ThisWeek = ScheduleInWords.NextSevenDays(service, today),
        WeeklyPattern = ScheduleInWords.WeeklyPattern(service.Schedules),
        UpcomingClosures = service.Closures.Where(c => c.Date >= today && c.Date <= today.AddDays(60)).OrderBy(c => c.Date).ToList(),
        Related = related,
        AreaName = areaName,
        YoungPeopleView = youngPeopleView,
        MyList = myList,
        YouSaidWeDid = youSaidWeDid ?? [],
    };

    /// <summary>An editor's preview of a detached service: the page everyone sees (not the young people's view, no list of their own).</summary>
    public static async Task<ServicePageContent> ForPreviewAsync(Service service, ListingQueries listings, string areaName, CancellationToken cancellationToken) =>
        For(service, listings.Today, await listings.GetRelatedAsync(service, 3, cancellationToken), areaName, youngPeopleView: false, myList: []);
}
