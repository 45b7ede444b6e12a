using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Signpost.Web.Features.YouSaidWeDid;

/// <summary>The public "You said, we did" page: what people told us and what changed, newest first, filtered by theme.</summary>
public sealed class YouSaidWeDidModel(PublishedYouSaidWeDid published) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "theme")]
    public string? Theme { get; set; }

    public IReadOnlyList<YouSaidWeDidItem> Items { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Label)> Themes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Themes = await published.ThemesInUseAsync(cancellationToken);
        Theme = Themes.Any(t => t.Slug == Theme) ? Theme : null;
        Items = await published.AllAsync(Theme, cancellationToken);
    }
}
