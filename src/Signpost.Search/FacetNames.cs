namespace Signpost.Search;

/// <summary>Keys of <see cref="SearchResponse.Facets"/>, matching the /api/search parameter names.</summary>
public static class FacetNames
{
    public const string Category = "category";
    public const string Need = "need";
    public const string Audience = "audience";
    public const string Access = "access";
    public const string Delivery = "delivery";
    public const string Language = "language";
    public const string Accessibility = "accessibility";
    public const string Cost = "cost";

    internal static string Of(FacetGroup group) => group switch
    {
        FacetGroup.Category => Category,
        FacetGroup.Need => Need,
        FacetGroup.Audience => Audience,
        FacetGroup.Access => Access,
        FacetGroup.Delivery => Delivery,
        FacetGroup.Language => Language,
        FacetGroup.Accessibility => Accessibility,
        _ => Cost,
    };
}
