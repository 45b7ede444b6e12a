namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>
/// The list's filter and order as the query string carries them (a GET form, so it works without
/// JavaScript and a filtered list can be bookmarked). Unknown values fall back to the defaults.
/// </summary>
public sealed record ImportedTermFilter(string? Feed, string Show, string Sort)
{
    public const string Unmapped = "unmapped";
    public const string Mapped = "mapped";
    public const string All = "all";
    public const string ByServices = "services";
    public const string ByName = "name";

    /// <summary>Groups for terms whose origin was not recorded (imported before origins were kept) use this label.</summary>
    public const string UnknownFeed = "Feed not recorded";

    public static ImportedTermFilter Parse(string? feed, string? show, string? sort) => new(
        string.IsNullOrWhiteSpace(feed) ? null : feed.Trim(),
        show is Mapped or All ? show : Unmapped,
        sort == ByName ? ByName : ByServices);

    /// <summary>The rows this filter shows, grouped by feed and feed taxonomy (groups in name order, terms of unknown origin last), each group in the chosen order.</summary>
    public IReadOnlyList<(string Feed, string? Taxonomy, IReadOnlyList<ImportedTermRow> Rows)> Apply(IEnumerable<ImportedTermRow> rows)
    {
        var shown = rows
            .Where(r => Feed is null || (r.Source ?? UnknownFeed) == Feed)
            .Where(r => Show == All || (Show == Mapped ? r.IsMapped : !r.IsMapped));
        return shown
            .GroupBy(r => (Feed: r.Source ?? UnknownFeed, r.FeedTaxonomy))
            .OrderBy(g => g.Key.Feed == UnknownFeed).ThenBy(g => g.Key.Feed, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Key.FeedTaxonomy ?? "", StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key.Feed, g.Key.FeedTaxonomy, (IReadOnlyList<ImportedTermRow>)Order(g).ToList()))
            .ToList();
    }

    private IEnumerable<ImportedTermRow> Order(IEnumerable<ImportedTermRow> rows) => Sort == ByName
        ? rows.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
        : rows.OrderByDescending(r => r.ServiceCount).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase);
}
