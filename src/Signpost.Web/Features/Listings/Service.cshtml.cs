using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Signpost.Core.Content;
using Signpost.Core.Rules;
using Signpost.Web.Features.YouSaidWeDid;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.Listings;

public sealed class ServiceModel(ListingQueries listings, PublishedYouSaidWeDid youSaidWeDid, IOptions<SignpostOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "audience")]
    public string? AudienceSlug { get; set; }

    /// <summary>The visitor's list when it travels in the query string (no JavaScript).</summary>
    [BindProperty(SupportsGet = true, Name = "s")]
    public List<string> MyList { get; set; } = [];

    public bool YoungPeopleView => AudienceText.Parse(AudienceSlug) == Audience.YoungPeople;

    public Service Service { get; private set; } = null!;

    public ServicePageContent PageContent { get; private set; } = null!;

    public string StructuredData { get; private set; } = "";

    public string AreaName => options.Value.AreaName;

    public bool IsOnMyList => MyList.Contains(Service.Slug);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await listings.GetServiceAsync(slug, cancellationToken) is not { } service)
        {
            // A renamed service keeps its old addresses working: links and bookmarks follow it.
            return await listings.GetCurrentSlugAsync(slug, cancellationToken) is { } current
                ? RedirectPermanent($"/services/{current}{Request.QueryString}")
                : NotFound();
        }

        Service = service;
        MyList = MyList.Where(Slug.IsValid).Distinct().Take(50).ToList();
        var related = await listings.GetRelatedAsync(service, 3, cancellationToken);
        var answers = await youSaidWeDid.ForServiceAsync(service.Id, cancellationToken);
        PageContent = ServicePageContent.For(service, listings.Today, related, AreaName, YoungPeopleView, MyList, answers);
        StructuredData = ServiceStructuredData.For(service, $"{Request.Scheme}://{Request.Host}/services/{service.Slug}");
        return Page();
    }
}
