namespace Signpost.E2E;

/// <summary>Smoke journey: the home page renders and meets WCAG 2.2 AA at phone and desktop widths.</summary>
[Collection(E2ECollection.Name)]
public sealed class HomePageJourneyTests(SiteFixture site, BrowserFixture browser)
{
    [Theory]
    [InlineData(BrowserFixture.NarrowWidth)]
    [InlineData(BrowserFixture.WideWidth)]
    public async Task HomePage_HasMainHeadingAndNoAxeViolations(int width)
    {
        var page = await browser.NewPageAsync(width);
        try
        {
            var response = await page.GotoAsync(site.Url("/"));

            Assert.NotNull(response);
            Assert.True(response.Ok, $"GET / returned {response.Status}");
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            await AxeScanner.AssertNoViolationsAsync(page, $"/ at {width}px");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task HomePage_DeclaresEnglishLanguage()
    {
        var page = await browser.NewPageAsync(BrowserFixture.WideWidth);
        try
        {
            await page.GotoAsync(site.Url("/"));

            // Screen readers pick their pronunciation from this attribute.
            Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
