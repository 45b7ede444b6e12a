using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Web.Features.Listings;

namespace Signpost.Web.Features.Home;

public sealed class IndexModel(ListingQueries listings) : PageModel
{
    public IReadOnlyList<CategoryTile> Tiles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tiles = await listings.GetCategoryTilesAsync(cancellationToken);
}
