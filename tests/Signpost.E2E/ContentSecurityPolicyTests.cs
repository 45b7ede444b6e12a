using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Data;

namespace Signpost.E2E;

/// <summary>
/// Real Chromium enforces the site's Content-Security-Policy: the pages whose scripts do the
/// most (map, Exit this page, Markdown preview, GOV.UK components) cause zero violations.
/// Runs against a site with a map tile host so the map is drawn too.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ContentSecurityPolicyTests(MapSiteFixture site, BrowserFixture browser) : IClassFixture<MapSiteFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/categories/send")]
    [InlineData("/my-list")]
    [InlineData("/account/sign-in")]
    [InlineData("/no-such-page")]
    public async Task Page_runs_without_violations(string path)
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth);
        var violations = await CspViolationRecorder.AttachAsync(context);
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.Url(path));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains("js-enabled", await page.Locator("body").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        violations.AssertNone(path);
    }

    [Fact]
    public async Task Search_with_the_map_and_a_service_page_run_without_violations()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth);
        await MapSiteFixture.StubTilesAsync(context);
        var violations = await CspViolationRecorder.AttachAsync(context);
        var page = await context.NewPageAsync();
        var tile = page.WaitForResponseAsync(r => r.Url.StartsWith("https://tiles.signpost.test/", StringComparison.Ordinal));

        await page.GotoAsync(site.Url("/search?q=youth+club&where=Widnes"));

        await Assertions.Expect(page.Locator("#results-map")).ToBeVisibleAsync();
        await tile;
        await Assertions.Expect(page.Locator("#results-map .leaflet-marker-icon").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        violations.AssertNone("search with the map");

        var slug = (await Journeys.ResultSlugsAsync(page, 1))[0];
        await page.GotoAsync(site.Url("/services/" + slug));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Equal(1, await page.Locator("script[type='application/ld+json']").CountAsync());
        violations.AssertNone("a service page");
    }

    [Fact]
    public async Task Young_people_page_and_exit_this_page_run_without_violations()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.NarrowWidth);
        await Journeys.InterceptExitPageAsync(context);
        var violations = await CspViolationRecorder.AttachAsync(context);
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.Url("/young-people"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        violations.AssertNone("/young-people");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("Exit this page") }).ClickAsync();
        await page.WaitForURLAsync(Journeys.ExitUrl);
        violations.AssertNone("Exit this page");
    }

    [Fact]
    public async Task The_service_editor_with_its_markdown_preview_runs_without_violations()
    {
        const string organisation = "halton-youth-service";
        var editor = await BackOffice.CreateUserAsync(site, Roles.Editor, organisation);
        Guid serviceId;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
            serviceId = await db.Services.AsNoTracking()
                .Where(s => s.Organisation.Slug == organisation && s.Status == ContentStatus.Published && s.ValidTo == null)
                .OrderBy(s => s.Slug).Select(s => s.Id).FirstAsync();
        }

        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth);
        var violations = await CspViolationRecorder.AttachAsync(context);
        var page = await context.NewPageAsync();
        await BackOffice.SignInAsync(page, site, editor);
        violations.AssertNone("sign-in and the dashboard");

        await page.GotoAsync(site.Url($"/editor/services/{serviceId}/edit"));
        var description = page.GetByLabel("Description", new() { Exact = true });
        await description.FillAsync("Come along on **Tuesdays**.\n\n- games\n- music\n\n[More](https://example.org)");
        var preview = page.Locator("[data-markdown-preview-body]");
        // The pane first shows the saved description, then ours once the server has rendered it.
        await Assertions.Expect(preview.Locator("strong", new() { HasTextString = "Tuesdays" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-word-count]")).ToContainTextAsync("words");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        violations.AssertNone("the service editor's Markdown preview");

        await page.GotoAsync(site.Url($"/editor/services/{serviceId}/preview"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        violations.AssertNone("the service preview");
    }
}
