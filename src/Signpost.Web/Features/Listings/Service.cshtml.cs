using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Signpost.Core.Content;
using Signpost.Core.Markdown;
using Signpost.Core.Rules;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Listings;

public sealed class ServiceModel(ListingQueries listings, IOptions<SignpostOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "audience")]
    public string? AudienceSlug { get; set; }

    /// <summary>The visitor's list when it travels in the query string (no JavaScript).</summary>
    [BindProperty(SupportsGet = true, Name = "s")]
    public List<string> MyList { get; set; } = [];

    public bool YoungPeopleView => AudienceText.Parse(AudienceSlug) == Audience.YoungPeople;

    public Service Service { get; private set; } = null!;

    public string DescriptionHtml { get; private set; } = "";

    public IReadOnlyList<SessionDay> ThisWeek { get; private set; } = [];

    public IReadOnlyList<string> WeeklyPattern { get; private set; } = [];

    public IReadOnlyList<ServiceClosure> UpcomingClosures { get; private set; } = [];

    public IReadOnlyList<ServiceSummary> Related { get; private set; } = [];

    public string StructuredData { get; private set; } = "";

    public string AreaName => options.Value.AreaName;

    public bool IsOnMyList => MyList.Contains(Service.Slug);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await listings.GetServiceAsync(slug, cancellationToken) is not { } service)
        {
            return NotFound();
        }

        var today = listings.Today;
        Service = service;
        DescriptionHtml = SafeMarkdown.ToHtml(service.Description);
        ThisWeek = ScheduleInWords.NextSevenDays(service, today);
        WeeklyPattern = ScheduleInWords.WeeklyPattern(service.Schedules);
        UpcomingClosures = service.Closures.Where(c => c.Date >= today && c.Date <= today.AddDays(60)).OrderBy(c => c.Date).ToList();
        Related = await listings.GetRelatedAsync(service, 3, cancellationToken);
        StructuredData = ServiceStructuredData.For(service, $"{Request.Scheme}://{Request.Host}/services/{service.Slug}");
        MyList = MyList.Where(Slug.IsValid).Distinct().Take(50).ToList();
        return Page();
    }
}
