using Signpost.Search;

namespace Signpost.Search.Tests;

/// <summary>Hand-made services for small test indexes: every field has a harmless default.</summary>
internal static class TestDocuments
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static SearchDocument Service(
        string name,
        string summary = "A local service.",
        string description = "",
        string organisation = "Halton Borough Council",
        int? minAge = null,
        int? maxAge = null,
        bool free = false,
        IReadOnlyList<SearchTerm>? categories = null,
        IReadOnlyList<SearchTerm>? needs = null,
        IReadOnlyList<string>? audiences = null,
        IReadOnlyList<string>? access = null,
        IReadOnlyList<string>? delivery = null,
        IReadOnlyList<string>? languages = null,
        IReadOnlyList<string>? accessibility = null,
        IReadOnlyList<SearchLocation>? locations = null,
        string areaType = "locations",
        IReadOnlyList<string>? localities = null,
        IReadOnlyList<SearchSession>? sessions = null,
        IReadOnlyList<DateOnly>? closures = null,
        DateOnly? validTo = null,
        Guid? id = null)
    {
        return new SearchDocument(
            id ?? Guid.NewGuid(),
            Slug(name),
            name,
            summary,
            description,
            organisation,
            minAge,
            maxAge,
            free,
            categories ?? [],
            needs ?? [],
            audiences ?? [],
            access ?? [],
            delivery ?? ["in-person"],
            languages ?? [],
            accessibility ?? [],
            locations ?? [],
            areaType,
            localities ?? [],
            sessions ?? [],
            closures ?? [],
            validTo);
    }

    public static SearchTerm Term(string slug, string label, string? parent = null) => new(slug, label, parent);

    public static SynonymSet Synonyms { get; } = new(
    [
        ["camhs", "child and adolescent mental health", "child and adolescent mental health services"],
        ["someone to talk to", "talk to someone", "counselling", "counsellor", "listening service"],
        ["sure start", "sure start centre", "children's centre", "childrens centre", "family hub"],
        ["asd", "autism", "autistic", "autism spectrum disorder"],
        ["gum", "sexual health clinic", "sexual health", "genitourinary medicine"],
        ["benefits", "benefits advice", "welfare rights", "universal credit"],
    ]);

    public static SearchIndex Build(params SearchDocument[] documents) => SearchIndex.Build(documents, Synonyms);

    public static SearchRequest Request(string? text = null) => new() { Text = text, Today = Today };

    private static string Slug(string name) =>
        string.Join('-', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())));
}
