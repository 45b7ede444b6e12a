using Signpost.Web.Features.Listings;

namespace Signpost.Web.Features.Search;

/// <summary>Plain-words labels for filter values whose index label is a code word.</summary>
public static class FacetLabels
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["young-people"] = "Young people",
        ["parents-carers"] = "Parents and carers",
        ["professionals"] = "Professionals",
        ["drop-in"] = "Drop in",
        ["self-referral"] = "Refer yourself",
        ["professional-referral"] = "Referral by a professional",
        ["early-help"] = "Early Help",
        ["appointment"] = "By appointment",
        ["in-person"] = "In person",
        ["online"] = "Online",
        ["phone"] = "Phone or text",
        ["free"] = "Free",
    };

    public static string For(string group, Signpost.Search.FacetCount facet) =>
        group == "accessibility" ? ServiceWords.Accessibility(facet.Value)
        : Words.TryGetValue(facet.Value, out var word) && group is "audience" or "access" or "delivery" or "cost" ? word
        : facet.Label;
}
