using Signpost.Core.Content;
using Signpost.Data.OpenReferralImport;
using Signpost.Web.Features.OpenReferral.Api;

namespace Signpost.Web.Tests.Features.OpenReferral.Api;

public sealed class OrukIdsTests
{
    [Fact]
    public void Derived_ids_are_rfc_version_5_uuids()
    {
        // The RFC 9562 / Python uuid5 value for the DNS namespace and "python.org".
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), OrukIds.Derive(dns, "python.org"));
    }

    [Fact]
    public void Taxonomy_and_enum_term_ids_are_stable_and_distinct()
    {
        // Consumers store these ids: they must never change between releases.
        Assert.Equal(OrukIds.Derive("taxonomy:every-child-matters"), OrukTaxonomies.Outcomes.Id);
        var terms = OrukTaxonomies.EnumTerms().ToList();
        Assert.Equal(terms.Count, terms.Select(t => t.Id).Distinct().Count());
        Assert.Equal(OrukTaxonomies.Audience(Audience.YoungPeople).Id, OrukTaxonomies.Audience(Audience.YoungPeople).Id);
        Assert.Equal(6, OrukTaxonomies.All.Select(t => t.Id).Distinct().Count());
        var one = Guid.NewGuid();
        var two = Guid.NewGuid();
        Assert.NotEqual(OrukIds.ServiceAtLocation(one, two), OrukIds.ServiceAtLocation(two, one));
    }

    [Fact]
    public void The_importer_knows_our_enum_taxonomies_by_the_ids_and_names_we_publish()
    {
        // The importer (Signpost.Data) cannot see the publisher, so it writes the ids out; this keeps the two in step.
        Assert.Equal((OrukTaxonomies.Audiences.Id, OrukTaxonomies.Audiences.Code, OrukTaxonomies.Audiences.Name), (SignpostTaxonomy.Audiences.Id, SignpostTaxonomy.Audiences.Code, SignpostTaxonomy.Audiences.Name));
        Assert.Equal((OrukTaxonomies.AccessRoutes.Id, OrukTaxonomies.AccessRoutes.Code, OrukTaxonomies.AccessRoutes.Name), (SignpostTaxonomy.AccessRoutes.Id, SignpostTaxonomy.AccessRoutes.Code, SignpostTaxonomy.AccessRoutes.Name));
        Assert.Equal((OrukTaxonomies.DeliveryModes.Id, OrukTaxonomies.DeliveryModes.Code, OrukTaxonomies.DeliveryModes.Name), (SignpostTaxonomy.DeliveryModes.Id, SignpostTaxonomy.DeliveryModes.Code, SignpostTaxonomy.DeliveryModes.Name));
    }
}
