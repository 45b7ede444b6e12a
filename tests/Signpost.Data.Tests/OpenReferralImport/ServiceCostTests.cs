using Signpost.Data.OpenReferralImport;

namespace Signpost.Data.Tests.OpenReferralImport;

public sealed class ServiceCostTests
{
    [Theory]
    [InlineData("Free (NHS)", "Free (NHS)")]
    [InlineData("Free to young people in care", "Free to young people in care")]
    [InlineData("Free", "Free")]
    [InlineData(" ", null)]
    public void A_free_services_words_are_kept_as_written(string words, string? expected)
    {
        var (isFree, details) = ServiceCost.Of(new FeedService { Costs = [new FeedCost("Free", 0, words)] });

        Assert.True(isFree);
        Assert.Equal(expected, details);
    }

    [Fact]
    public void Free_text_alone_decides_only_without_cost_options()
    {
        Assert.Equal((true, "Free (NHS)"), ServiceCost.Of(new FeedService { Fees = "Free (NHS)" }));
        Assert.Equal((true, (string?)null), ServiceCost.Of(new FeedService { Costs = [new FeedCost("Free", 0, null)] }));
        Assert.Equal((false, "£5 Per session"), ServiceCost.Of(new FeedService { Costs = [new FeedCost(null, 5, "Per session")] }));
    }
}
