using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Rules;
using Signpost.Web.Features.Listings;

namespace Signpost.Web.Features.Shortlist;

/// <summary>
/// "My list": the slugs travel in the query string, so the page's own address is the share link
/// and the list works without cookies or JavaScript. With JavaScript, localStorage remembers it.
/// </summary>
public sealed class MyListModel(ListingQueries listings) : PageModel
{
    public const int MaximumItems = 50;

    [BindProperty(SupportsGet = true, Name = "s")]
    public List<string> Slugs { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "remove")]
    public string? Remove { get; set; }

    public IReadOnlyList<ServiceSummary> Services { get; private set; } = [];

    public string ShareUrl { get; private set; } = "";

    public string ListQuery(IEnumerable<string> slugs) => string.Join("&", slugs.Select(s => "s=" + Uri.EscapeDataString(s)));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var wanted = Slugs.Where(Slug.IsValid).Where(s => s != Remove).Distinct().Take(MaximumItems).ToList();
        if (Remove is not null)
        {
            return Redirect(wanted.Count == 0 ? "/my-list" : "/my-list?" + ListQuery(wanted));
        }

        Services = await listings.GetBySlugsAsync(wanted, cancellationToken);
        var query = ListQuery(Services.Select(s => s.Slug));
        ShareUrl = $"{Request.Scheme}://{Request.Host}/my-list" + (query.Length > 0 ? "?" + query : "");
        return Page();
    }
}
