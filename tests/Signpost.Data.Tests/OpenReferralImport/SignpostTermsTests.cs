using Signpost.Core.Content;
using Signpost.Data.OpenReferralImport;

namespace Signpost.Data.Tests.OpenReferralImport;

public sealed class SignpostTermsTests
{
    [Fact]
    public void Our_taxonomies_are_known_by_name_code_or_id_and_their_terms_by_code_or_name()
    {
        var split = SignpostTerms.Split([
            new FeedTerm("t1", "Parents and carers", "Signpost audiences", "parents-carers"),
            new FeedTerm("t2", "Young people", " signpost-audiences"),
            new FeedTerm("t3", "Online", null, "online", SignpostTaxonomy.DeliveryModes.Id.ToString()),
            new FeedTerm("t4", "Book an appointment", "SIGNPOST ACCESS ROUTES", "appointment"),
            new FeedTerm("t5", "Youth clubs", "Signpost categories", "youth-clubs"),
            new FeedTerm("t6", "Online", "Somebody else's delivery modes", "online"),
        ]);

        Assert.Equal([Audience.YoungPeople, Audience.ParentsCarers], split.Audiences);
        Assert.Equal([AccessRoute.Appointment], split.AccessRoutes);
        Assert.Equal([DeliveryMode.Online], split.DeliveryModes);
        Assert.Equal(["t5", "t6"], split.Others.Select(t => t.SourceId));
    }
}
