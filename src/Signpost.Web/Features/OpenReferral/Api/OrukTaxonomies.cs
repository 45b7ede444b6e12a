using Signpost.Core.Content;
using Signpost.Data.Seed;
using Signpost.Web.Features.Listings;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>
/// The vocabularies Signpost publishes. Categories, needs and Every Child Matters outcomes are taxonomy
/// terms in the store (their Guids are the term ids); audiences, access routes and delivery modes are
/// enums, so their terms get ids derived from the taxonomy and the term code.
/// </summary>
public static class OrukTaxonomies
{
    public static readonly OrukTaxonomy Categories = Define("signpost-categories", "Signpost categories", "What a service helps with: the topics of the directory, in two levels.");
    public static readonly OrukTaxonomy Needs = Define("signpost-needs", "Signpost needs", "Additional needs and disabilities a service supports (SEND Local Offer).");
    public static readonly OrukTaxonomy Outcomes = Define("every-child-matters", "Every Child Matters outcomes", "The five Every Child Matters outcomes a service contributes to.");
    public static readonly OrukTaxonomy Audiences = Define("signpost-audiences", "Signpost audiences", "Who a service is for.");
    public static readonly OrukTaxonomy AccessRoutes = Define("signpost-access-routes", "Signpost access routes", "How people get a service.");
    public static readonly OrukTaxonomy DeliveryModes = Define("signpost-delivery-modes", "Signpost delivery modes", "How a service is delivered.");

    /// <summary>In the order the feed lists them.</summary>
    public static readonly IReadOnlyList<OrukTaxonomy> All = [Categories, Needs, Outcomes, Audiences, AccessRoutes, DeliveryModes];

    public static OrukTaxonomy For(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Need => Needs,
        TaxonomyKind.Outcome => Outcomes,
        _ => Categories,
    };

    public static OrukTerm Audience(Audience audience) =>
        EnumTerm(Audiences, AudienceText.Slug(audience), Capitalise(AudienceText.For(audience)), (int)audience);

    public static OrukTerm AccessRoute(AccessRoute route) =>
        EnumTerm(AccessRoutes, VocabularyWords.Of(route), ServiceWords.Access(route), (int)route);

    public static OrukTerm DeliveryMode(DeliveryMode mode) =>
        EnumTerm(DeliveryModes, VocabularyWords.Of(mode), ServiceWords.Delivery(mode), (int)mode);

    /// <summary>Every enum term, in taxonomy then enum order.</summary>
    public static IEnumerable<OrukTerm> EnumTerms() =>
        Enum.GetValues<Audience>().Select(Audience)
            .Concat(Enum.GetValues<AccessRoute>().Select(AccessRoute))
            .Concat(Enum.GetValues<DeliveryMode>().Select(DeliveryMode));

    public static OrukTerm FromStore(TaxonomyTerm term) =>
        new(term.Id, For(term.Kind), term.Slug, term.Name, string.IsNullOrWhiteSpace(term.Description) ? term.Name : term.Description, term.ParentId, term.SortOrder);

    private static OrukTaxonomy Define(string code, string name, string description) =>
        new(OrukIds.Derive("taxonomy:" + code), code, name, description);

    private static OrukTerm EnumTerm(OrukTaxonomy taxonomy, string code, string name, int order) =>
        new(OrukIds.Derive(taxonomy.Id, "term:" + code), taxonomy, code, name, name, null, order);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
