namespace Signpost.Data.OpenReferralImport;

/// <summary>One of the vocabularies a Signpost ORUK feed publishes for what our model holds as enums, as the feed names it.</summary>
public sealed record SignpostTaxonomy(Guid Id, string Code, string Name)
{
    /// <summary>Ids are the publisher's UUIDv5 of "taxonomy:" and the code: fixed for good, so they are written out here.</summary>
    public static readonly SignpostTaxonomy Audiences = new(new Guid("62a6a70c-001e-5c48-9506-95269faf0e03"), "signpost-audiences", "Signpost audiences");
    public static readonly SignpostTaxonomy AccessRoutes = new(new Guid("88703d7b-712c-55df-a64a-892eaa8328ed"), "signpost-access-routes", "Signpost access routes");
    public static readonly SignpostTaxonomy DeliveryModes = new(new Guid("71c46112-93d4-5d3e-aaa9-739b4f7f4c72"), "signpost-delivery-modes", "Signpost delivery modes");

    /// <summary>Whether a feed term belongs to this taxonomy, by the taxonomy's id, name or code.</summary>
    public bool Holds(FeedTerm term) =>
        (Guid.TryParse(term.TaxonomyId, out var id) && id == Id)
        || string.Equals(term.Taxonomy?.Trim(), Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(term.Taxonomy?.Trim(), Code, StringComparison.OrdinalIgnoreCase);
}
