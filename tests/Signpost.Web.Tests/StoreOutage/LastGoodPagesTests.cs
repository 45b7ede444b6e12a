using Signpost.Web.Features.StoreOutage;

namespace Signpost.Web.Tests.StoreOutage;

public sealed class LastGoodPagesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_page_is_kept_and_copied_again_only_after_the_refresh_interval()
    {
        var pages = new LastGoodPages();
        Assert.True(pages.WantsCopy("/services/a", Now));

        pages.Keep("/services/a", "text/html", [1, 2, 3], Now);

        Assert.Equal([1, 2, 3], pages.Find("/services/a")!.Body);
        Assert.False(pages.WantsCopy("/services/a", Now + LastGoodPages.RefreshAfter - TimeSpan.FromSeconds(1)));
        Assert.True(pages.WantsCopy("/services/a", Now + LastGoodPages.RefreshAfter));
        Assert.Null(pages.Find("/services/b"));
    }

    [Fact]
    public void Pages_over_the_size_limit_are_not_kept_and_the_budget_caps_new_pages_but_not_refreshes()
    {
        var pages = new LastGoodPages();
        pages.Keep("/huge", "text/html", new byte[LastGoodPages.LargestPage + 1], Now);
        Assert.Null(pages.Find("/huge"));

        var page = new byte[LastGoodPages.LargestPage];
        var fit = (int)(LastGoodPages.Budget / LastGoodPages.LargestPage);
        for (var i = 0; i < fit; i++)
        {
            pages.Keep($"/p{i}", "text/html", page, Now);
        }

        pages.Keep("/one-too-many", "text/html", page, Now);
        pages.Keep("/p0", "text/html", [42], Now);

        Assert.Equal(fit, pages.Count);
        Assert.Null(pages.Find("/one-too-many"));
        Assert.Equal([42], pages.Find("/p0")!.Body);
    }
}
