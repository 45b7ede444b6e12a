using System.Net;

namespace Signpost.Web.Tests;

public sealed class DemoBannerSettingTests(SignpostWebFactoryWithoutDemoBanner factory) : IClassFixture<SignpostWebFactoryWithoutDemoBanner>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/categories")]
    [InlineData("/help")]
    public async Task Turning_the_demo_banner_off_removes_it_from_every_page(string path)
    {
        var page = await HtmlPage.GetAsync(factory.CreatePlainClient(), path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector(".govuk-phase-banner"));
        Assert.DoesNotContain("demo content", page.Document.Body!.TextContent);
    }
}
