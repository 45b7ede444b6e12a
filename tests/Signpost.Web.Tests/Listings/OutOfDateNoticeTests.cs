using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Web.Tests.Editor.ReviewCycle;

namespace Signpost.Web.Tests.Listings;

/// <summary>
/// The public service page warns that a listing may be out of date once its review-by date plus the
/// grace period (30 days by default) has passed. The clock is set, so the dates are exact.
/// </summary>
public sealed class OutOfDateNoticeTests(ReviewCycleSiteFactory site) : IClassFixture<ReviewCycleSiteFactory>
{
    private const string Slug = "murdishaw-youth-club";
    private static readonly DateOnly ReviewBy = new(2026, 3, 3);

    [Fact]
    public async Task The_notice_shows_only_after_the_grace_period_has_passed()
    {
        await SetReviewByAsync(site, ReviewBy);

        site.Clock.FixedAt = Noon(ReviewBy.AddDays(30));
        var inGrace = await HtmlPage.GetAsync(site.CreatePlainClient(), $"/services/{Slug}");
        Assert.Equal(HttpStatusCode.OK, inGrace.Status);
        Assert.Null(inGrace.Main.QuerySelector("#out-of-date-notice"));

        site.Clock.FixedAt = Noon(ReviewBy.AddDays(31));
        var late = await HtmlPage.GetAsync(site.CreatePlainClient(), $"/services/{Slug}");
        var notice = late.Main.QuerySelector("#out-of-date-notice.govuk-warning-text");
        Assert.NotNull(notice);
        Assert.Equal(
            "Warning This information may be out of date. It was due for review on 3 March 2026.",
            HtmlPage.Normalise(notice.QuerySelector(".govuk-warning-text__text")!.TextContent));

        // Near the top: before the first section of details.
        var html = late.Main.InnerHtml;
        Assert.True(html.IndexOf("out-of-date-notice", StringComparison.Ordinal) < html.IndexOf("Who it is for", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Young_people_are_told_in_plain_words_to_check_before_they_go()
    {
        await SetReviewByAsync(site, ReviewBy);
        site.Clock.FixedAt = Noon(new DateOnly(2026, 9, 1));

        var page = await HtmlPage.GetAsync(site.CreatePlainClient(), $"/services/{Slug}?audience=young-people");

        Assert.Equal(
            "Warning Check with them before you go: this was due a check on 3 March 2026.",
            HtmlPage.Normalise(page.Main.QuerySelector("#out-of-date-notice .govuk-warning-text__text")!.TextContent));
    }

    [Fact]
    public async Task Listings_without_a_review_by_date_or_within_it_show_no_notice()
    {
        site.Clock.FixedAt = Noon(new DateOnly(2026, 9, 1));
        await SetReviewByAsync(site, null);
        Assert.Null((await HtmlPage.GetAsync(site.CreatePlainClient(), $"/services/{Slug}")).Main.QuerySelector("#out-of-date-notice"));

        await SetReviewByAsync(site, new DateOnly(2027, 9, 1));
        Assert.Null((await HtmlPage.GetAsync(site.CreatePlainClient(), $"/services/{Slug}")).Main.QuerySelector("#out-of-date-notice"));
    }

    internal static DateTimeOffset Noon(DateOnly date) => new(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    internal static async Task SetReviewByAsync(SignpostWebFactory factory, DateOnly? reviewBy)
    {
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            var service = await db.Services.SingleAsync(s => s.Slug == Slug);
            service.ReviewBy = reviewBy;
            await db.SaveChangesAsync();
        }
    }
}
