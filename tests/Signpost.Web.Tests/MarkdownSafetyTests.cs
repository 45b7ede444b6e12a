using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;

namespace Signpost.Web.Tests;

/// <summary>Hostile Markdown written by an editor or an imported feed must reach the browser as harmless text.</summary>
public sealed class MarkdownSafetyTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    private const string HostileMarkdown = """
        Opening times are below.

        <script>alert(1)</script>

        [click](javascript:alert(1)) and [also click](JavaScript:alert(2))

        <img src=x onerror=alert(1)>

        ![picture](javascript:alert(3))

        Read more on [ok](https://example.org).
        """;

    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Page_body_with_script_and_javascript_links_is_rendered_harmless()
    {
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            db.Pages.Add(new Page { Id = Guid.NewGuid(), Path = "test-hostile-page", Title = "Hostile page", Body = HostileMarkdown, Status = ContentStatus.Published });
            await db.SaveChangesAsync();
        }

        var page = await HtmlPage.GetAsync(_client, "/test-hostile-page");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        AssertHarmless(page);
    }

    [Fact]
    public async Task Service_description_with_script_and_javascript_links_is_rendered_harmless()
    {
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            var organisation = await db.Organisations.OrderBy(o => o.Slug).FirstAsync();
            db.Services.Add(new Service
            {
                Id = Guid.NewGuid(),
                Slug = "test-hostile-service",
                Name = "Hostile service",
                Summary = "A service whose description tries to run script.",
                Description = HostileMarkdown,
                Status = ContentStatus.Published,
                OrganisationId = organisation.Id,
                AccessRoutes = [AccessRoute.SelfReferral],
                DeliveryModes = [DeliveryMode.Online],
                AreaType = ServiceAreaType.WholeArea,
            });
            await db.SaveChangesAsync();
        }

        var page = await HtmlPage.GetAsync(_client, "/services/test-hostile-service");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        AssertHarmless(page);
    }

    private static void AssertHarmless(HtmlPage page)
    {
        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("script"), s => s.TextContent.Contains("alert("));
        Assert.DoesNotContain(page.Document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(page.Document.All, e => e.Attributes.Any(a => a.Name is "href" or "src" && IsScriptUrl(a.Value)));
        Assert.Empty(page.Document.QuerySelectorAll("img[src='x']"));

        // Sanitising must not throw away the ordinary content around the hostile parts.
        var body = page.Main.QuerySelector(".app-markdown")!;
        Assert.NotNull(body.QuerySelector("a[href='https://example.org']"));
        Assert.Contains("click", body.TextContent);
        Assert.Contains("Opening times are below.", body.TextContent);
    }

    private static bool IsScriptUrl(string value) =>
        new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray())
            .StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
}
