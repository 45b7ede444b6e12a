using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Content;

namespace Signpost.Web.Features.Listings;

public sealed class CategoryModel(ListingQueries listings) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "age")]
    public string? AgeText { get; set; }

    [BindProperty(SupportsGet = true, Name = "band")]
    public string? Band { get; set; }

    [BindProperty(SupportsGet = true, Name = "need")]
    public List<string> SelectedNeeds { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "audience")]
    public string? AudienceSlug { get; set; }

    public Audience? Audience => AudienceText.Parse(AudienceSlug);

    public TaxonomyTerm Category { get; private set; } = null!;

    public IReadOnlyList<TaxonomyTerm> Needs { get; private set; } = [];

    public IReadOnlyList<ServiceSummary> Services { get; private set; } = [];

    public string? AgeError { get; private set; }

    public ServiceListModel ResultList => new(Services, "No services match these filters. Try another age or fewer needs.", LinkQuery);

    public string LinkQuery => Audience is { } a ? $"?audience={AudienceText.Slug(a)}" : "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await listings.GetCategoryAsync(slug, cancellationToken) is not { } category)
        {
            return NotFound();
        }

        Category = category;
        Needs = await listings.GetNeedsAsync(cancellationToken);
        SelectedNeeds = SelectedNeeds.Where(n => Needs.Any(t => t.Slug == n)).Distinct().ToList();

        int? from = null, to = null;
        if (!string.IsNullOrWhiteSpace(AgeText))
        {
            if (int.TryParse(AgeText.Trim(), out var age) && age is >= 0 and <= 120)
            {
                from = to = age;
            }
            else
            {
                // A bad age changes nothing: the list is shown unfiltered by age, with the reason.
                AgeError = "Enter an age as a whole number, like 7";
            }
        }
        else if (AgeBand.Find(Band) is { } band)
        {
            (from, to) = (band.From, band.To);
        }

        Services = await listings.GetServicesInCategoryAsync(category, new ListingFilter(from, to, SelectedNeeds, Audience), cancellationToken);
        return Page();
    }
}
