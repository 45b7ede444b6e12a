namespace Signpost.Search;

/// <summary>The filter groups that have facet counts. OR within a group, AND across groups.</summary>
internal enum FacetGroup
{
    Category,
    Need,
    Audience,
    Access,
    Delivery,
    Language,
    Accessibility,
    Cost,
}
