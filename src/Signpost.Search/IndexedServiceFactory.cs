namespace Signpost.Search;

/// <summary>Flattens a <see cref="SearchDocument"/> into an <see cref="IndexedService"/>, numbering its facet values.</summary>
internal sealed class IndexedServiceFactory
{
    public const string FreeValue = "free";

    private readonly FacetValues[] facets = Enum.GetValues<FacetGroup>().Select(_ => new FacetValues()).ToArray();

    public FacetValues Values(FacetGroup group) => facets[(int)group];

    public StemTable Words { get; } = new();

    public IndexedService Create(long row, SearchDocument document, long[] locationIds, string termsText)
    {
        var keys = new int[facets.Length][];
        keys[(int)FacetGroup.Category] = TermKeys(FacetGroup.Category, document.Categories);
        keys[(int)FacetGroup.Need] = TermKeys(FacetGroup.Need, document.Needs);
        keys[(int)FacetGroup.Audience] = Keys(FacetGroup.Audience, document.Audiences);
        keys[(int)FacetGroup.Access] = Keys(FacetGroup.Access, document.AccessRoutes);
        keys[(int)FacetGroup.Delivery] = Keys(FacetGroup.Delivery, document.DeliveryModes);
        keys[(int)FacetGroup.Language] = Keys(FacetGroup.Language, document.Languages);
        keys[(int)FacetGroup.Accessibility] = Keys(FacetGroup.Accessibility, document.AccessibilityFeatures);
        keys[(int)FacetGroup.Cost] = document.IsFree ? [Values(FacetGroup.Cost).Intern(FreeValue, "Free")] : [];

        return new IndexedService
        {
            Row = row,
            // The description lives only in SQLite; keeping it here too would double the memory per node.
            Source = document with { Description = string.Empty },
            NameKey = NameKey(document.Name),
            FacetKeys = keys,
            LocationIds = locationIds,
            Area = ParseArea(document.AreaType),
            Localities = new HashSet<string>(document.Localities ?? [], StringComparer.OrdinalIgnoreCase),
            Closures = [.. document.Closures ?? []],
            InPerson = (document.DeliveryModes ?? []).Contains("in-person", StringComparer.OrdinalIgnoreCase),
            CategoryLabels = (document.Categories ?? []).Select(c => c.Label).ToList(),
            NeedLabels = (document.Needs ?? []).Select(n => n.Label).ToList(),
            NameWords = Words.Ids(document.Name),
            TermWords = Words.Ids(termsText),
            OtherWords = Words.Ids(document.OrganisationName, document.Summary),
        };
    }

    /// <summary>The words of a name or query joined by single spaces, for the exact-name boost.</summary>
    public static string NameKey(string? text) => string.Join(' ', WordTokenizer.Tokenize(text).Select(t => t.Text));

    private int[] TermKeys(FacetGroup group, IReadOnlyList<SearchTerm>? terms)
    {
        var values = Values(group);
        var keys = new List<int>();
        foreach (var term in terms ?? [])
        {
            keys.Add(values.Intern(term.Slug, term.Label));
            if (!string.IsNullOrEmpty(term.ParentSlug))
            {
                // The parent counts as one of the service's values, so a parent filter (and its facet) finds it.
                keys.Add(values.Intern(term.ParentSlug));
            }
        }

        return keys.Distinct().ToArray();
    }

    private int[] Keys(FacetGroup group, IReadOnlyList<string>? items)
    {
        var values = Values(group);
        return (items ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => values.Intern(v.Trim())).Distinct().ToArray();
    }

    private static AreaKind ParseArea(string? areaType) => areaType?.Trim().ToLowerInvariant() switch
    {
        "localities" => AreaKind.Localities,
        "whole-area" or "wholearea" => AreaKind.WholeArea,
        "national" => AreaKind.National,
        _ => AreaKind.Locations,
    };
}
