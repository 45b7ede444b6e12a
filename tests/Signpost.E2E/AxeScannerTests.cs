namespace Signpost.E2E;

/// <summary>
/// Proves the scanner really runs axe on fixed markup, so a green accessibility
/// check elsewhere cannot come from a scanner that silently checked nothing.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class AxeScannerTests(BrowserFixture browser)
{
    private const string CleanPage = """
        <!doctype html>
        <html lang="en"><head><title>Clean</title></head>
        <body><main><h1>Clean page</h1><p>Nothing wrong here.</p></main></body></html>
        """;

    [Fact]
    public async Task Scan_FindsNoViolations_OnAccessibleMarkup()
    {
        var page = await browser.NewPageAsync(BrowserFixture.WideWidth);
        try
        {
            await page.SetContentAsync(CleanPage);

            Assert.Empty(await AxeScanner.ScanAsync(page));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Scan_ReportsContentOutsideLandmarks_ABestPracticeRuleOutsideTheWcagTags()
    {
        var page = await browser.NewPageAsync(BrowserFixture.WideWidth);
        try
        {
            await page.SetContentAsync(CleanPage.Replace(
                "<body>", "<body><div id=\"stray\">Outside every landmark</div>"));

            var violations = await AxeScanner.ScanAsync(page);

            var region = Assert.Single(violations, v => v.Id == "region");
            Assert.Contains(region.Nodes, n => n.Target.Contains("#stray"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Scan_ReportsRuleAndElement_ForImageWithoutAltText()
    {
        var page = await browser.NewPageAsync(BrowserFixture.WideWidth);
        try
        {
            await page.SetContentAsync(CleanPage.Replace(
                "<p>Nothing wrong here.</p>", "<img id=\"no-alt\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"));

            var violations = await AxeScanner.ScanAsync(page);

            var imageAlt = Assert.Single(violations, v => v.Id == "image-alt");
            Assert.Contains(imageAlt.Nodes, n => n.Target.Contains("#no-alt"));
            Assert.Contains("image-alt", AxeScanner.Describe(violations, "test"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
