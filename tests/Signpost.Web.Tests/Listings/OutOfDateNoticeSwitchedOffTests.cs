using System.Net;
using Signpost.Web.Tests.Editor.ReviewCycle;

namespace Signpost.Web.Tests.Listings;

/// <summary>Deployers can switch the notice off (Signpost:ReviewCycle:OutOfDateNoticeEnabled).</summary>
public sealed class OutOfDateNoticeSwitchedOffTests(NoticeOffSiteFactory site) : IClassFixture<NoticeOffSiteFactory>
{
    [Fact]
    public async Task No_notice_shows_when_it_is_switched_off()
    {
        await OutOfDateNoticeTests.SetReviewByAsync(site, new DateOnly(2026, 3, 3));
        site.Clock.FixedAt = OutOfDateNoticeTests.Noon(new DateOnly(2026, 9, 1));

        var page = await HtmlPage.GetAsync(site.CreatePlainClient(), "/services/murdishaw-youth-club");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Main.QuerySelector("#out-of-date-notice"));
    }
}
