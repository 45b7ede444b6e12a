namespace Signpost.Search;

/// <summary>Flattens a <see cref="SearchDocument"/> into an <see cref="IndexedService"/>, numbering its facet values.</summary>
internal sealed class IndexedServiceFactory
{
    public const string FreeValue = "free";

    private readonly FacetValues[] facets = Enum.GetValues<FacetGroup>().Select(_ => new FacetValues()).ToArray();
    private readonly Dictionary<string, string> shared = new(StringComparer.Ordinal);
    private readonly HashSet<SearchSession[]> sharedTimetables = new(SameItemsComparer<SearchSession>.Instance);
    private readonly HashSet<SearchSession> sharedSessions = [];
    private readonly HashSet<string[]> sharedLabels = new(SameItemsComparer<string>.Instance);

    public FacetValues Values(FacetGroup group) => facets[(int)group];

    public StemTable Words { get; } = new();

    /// <summary>
    /// The service with its facets and words pending; <see cref="ServiceColumns.Set"/> must follow once
    /// <see cref="Words"/> has stemmed any new ones.
    /// </summary>
    public IndexedService Create(long row, SearchDocument document, string termsText) => Create(row, document, new TermsText(termsText));

    /// <summary>As above, with a terms column other services may share: its words are numbered once, by the first of them.</summary>
    public IndexedService Create(long row, SearchDocument document, TermsText terms)
    {
        var codes = new List<int>();
        TermCodes(FacetGroup.Category, document.Categories, codes);
        TermCodes(FacetGroup.Need, document.Needs, codes);
        Codes(FacetGroup.Audience, document.Audiences, codes);
        Codes(FacetGroup.Access, document.AccessRoutes, codes);
        Codes(FacetGroup.Delivery, document.DeliveryModes, codes);
        Codes(FacetGroup.Language, document.Languages, codes);
        Codes(FacetGroup.Accessibility, document.AccessibilityFeatures, codes);
        if (document.IsFree)
        {
            codes.Add(FacetCodes.Of(FacetGroup.Cost, Values(FacetGroup.Cost).Intern(FreeValue, "Free")));
        }

        var nameWords = Words.Ids(document.Name);
        var service = new IndexedService
        {
            Row = row,
            // The summary and description are kept apart (RowTexts), and what is copied into the service
            // below is dropped from the document: keeping either twice would double the memory per node.
            Source = document with
            {
                Summary = string.Empty,
                Description = string.Empty,
                OrganisationName = Shared(document.OrganisationName),
                Sessions = SharedSessions(document.Sessions),
                Locations = (document.Locations ?? []).Select(l => l with { Town = Shared(l.Town) }).ToArray(),
                Categories = [],
                Needs = [],
                Audiences = [],
                AccessRoutes = [],
                DeliveryModes = [],
                Languages = [],
                AccessibilityFeatures = [],
                AreaType = string.Empty,
                Localities = [],
                Closures = [],
            },
            NameKeyHash = NameKey(document.Name).GetHashCode(StringComparison.Ordinal),
            MinimumAge = document.MinimumAge,
            MaximumAge = document.MaximumAge,
            ValidToDay = document.ValidTo?.DayNumber ?? int.MaxValue,
            Area = ParseArea(document.AreaType),
            Localities = (document.Localities ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(Shared).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            Closures = (document.Closures ?? []).Distinct().ToArray(),
            InPerson = (document.DeliveryModes ?? []).Contains("in-person", StringComparer.OrdinalIgnoreCase),
            CategoryLabels = Labels(document.Categories),
            NeedLabels = Labels(document.Needs),
            NameLength = nameWords.Length,
        };
        var termIds = terms.Ids ??= Words.Ids(terms.Text);
        service.SetColumns([.. codes], nameWords, termIds, Words.Ids(document.OrganisationName, document.Summary));
        return service;
    }

    /// <summary>The words of a name or query joined by single spaces, for the exact-name boost.</summary>
    public static string NameKey(string? text) => string.Join(' ', WordTokenizer.Tokenize(text).Select(t => t.Text));

    private void TermCodes(FacetGroup group, IReadOnlyList<SearchTerm>? terms, List<int> codes)
    {
        var values = Values(group);
        foreach (var term in terms ?? [])
        {
            AddOnce(codes, FacetCodes.Of(group, values.Intern(term.Slug, term.Label)));
            if (!string.IsNullOrEmpty(term.ParentSlug))
            {
                // The parent counts as one of the service's values, so a parent filter (and its facet) finds it.
                AddOnce(codes, FacetCodes.Of(group, values.Intern(term.ParentSlug)));
            }
        }
    }

    private void Codes(FacetGroup group, IReadOnlyList<string>? items, List<int> codes)
    {
        var values = Values(group);
        foreach (var item in items ?? [])
        {
            if (!string.IsNullOrWhiteSpace(item))
            {
                AddOnce(codes, FacetCodes.Of(group, values.Intern(item.Trim())));
            }
        }
    }

    private static void AddOnce(List<int> codes, int code)
    {
        if (!codes.Contains(code))
        {
            codes.Add(code);
        }
    }

    /// <summary>The labels as the document has them, one array per distinct list of labels across services.</summary>
    private IReadOnlyList<string> Labels(IReadOnlyList<SearchTerm>? terms)
    {
        if (terms is null || terms.Count == 0)
        {
            return [];
        }

        var labels = terms.Select(t => Shared(t.Label)).ToArray();
        if (sharedLabels.TryGetValue(labels, out var known))
        {
            return known;
        }

        sharedLabels.Add(labels);
        return labels;
    }

    /// <summary>One instance of a repeated value (an organisation's name, a label) however many services carry it.</summary>
    private string Shared(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (!shared.TryGetValue(value, out var instance))
        {
            shared[value] = instance = value;
        }

        return instance;
    }

    /// <summary>
    /// One array per distinct weekly timetable, and one object per distinct session: many services share them (every
    /// Thursday 18:30 to 20:30), and a list of session objects per service was 10 MB of a 50,000-service node.
    /// Compared as records, not through a text key: the keys alone were 2.6 MB.
    /// </summary>
    private SearchSession[] SharedSessions(IReadOnlyList<SearchSession>? sessions)
    {
        if (sessions is null || sessions.Count == 0)
        {
            return [];
        }

        var timetable = new SearchSession[sessions.Count];
        for (var i = 0; i < timetable.Length; i++)
        {
            if (!sharedSessions.TryGetValue(sessions[i], out var session))
            {
                sharedSessions.Add(session = sessions[i]);
            }

            timetable[i] = session;
        }

        if (sharedTimetables.TryGetValue(timetable, out var shared))
        {
            return shared;
        }

        sharedTimetables.Add(timetable);
        return timetable;
    }

    private static AreaKind ParseArea(string? areaType) => areaType?.Trim().ToLowerInvariant() switch
    {
        "localities" => AreaKind.Localities,
        "whole-area" or "wholearea" => AreaKind.WholeArea,
        "national" => AreaKind.National,
        _ => AreaKind.Locations,
    };
}
