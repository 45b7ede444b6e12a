using Signpost.Core.Content;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>How the forms name each kind of term, and how kinds travel in addresses.</summary>
public static class TermWords
{
    public static string Noun(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Category => "category",
        TaxonomyKind.Need => "need",
        TaxonomyKind.Outcome => "outcome",
        TaxonomyKind.Imported => "imported term",
        _ => "term",
    };

    public static string Plural(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Category => "Categories",
        TaxonomyKind.Need => "Needs",
        TaxonomyKind.Outcome => "Outcomes",
        TaxonomyKind.Imported => "Imported terms",
        _ => "Terms",
    };

    public static string Slug(TaxonomyKind kind) => Noun(kind).Replace(' ', '-');

    public static TaxonomyKind? Parse(string? slug) => slug switch
    {
        "category" => TaxonomyKind.Category,
        "need" => TaxonomyKind.Need,
        "outcome" => TaxonomyKind.Outcome,
        "imported-term" => TaxonomyKind.Imported,
        _ => null,
    };

    /// <summary>Where the public site shows a term, for the slug hint; needs and outcomes have no page of their own.</summary>
    public static string? PublicPath(TaxonomyKind kind, string slug) =>
        kind == TaxonomyKind.Category ? $"/categories/{slug}" : null;

    public static string Services(int count) => count == 1 ? "1 service" : $"{count} services";
}
