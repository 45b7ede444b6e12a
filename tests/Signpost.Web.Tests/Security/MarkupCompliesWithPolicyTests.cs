using System.Net;

namespace Signpost.Web.Tests.Security;

/// <summary>
/// The policy forbids inline script and style attributes, so the markup must not have any:
/// the browser would drop them silently. JSON-LD is data, not script, and is allowed.
/// </summary>
[Collection(SignpostSiteCollection.Name)]
public sealed class MarkupCompliesWithPolicyTests(SignpostWebFactory factory)
{
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/young-people")]
    [InlineData("/search?q=youth&where=Widnes")]
    [InlineData("/categories")]
    [InlineData("/my-list")]
    [InlineData("/help")]
    [InlineData("/account/sign-in")]
    [InlineData("/no-such-page")]
    public async Task Pages_have_no_inline_script_or_style_attributes(string path)
    {
        var page = await HtmlPage.GetAsync(_client, path);

        AssertCompliant(page, path);
    }

    [Fact]
    public async Task A_service_page_has_no_inline_script_but_its_json_ld()
    {
        var home = await HtmlPage.GetAsync(_client, "/search?q=youth");
        var slug = home.ServiceSlugs()[0];

        var page = await HtmlPage.GetAsync(_client, "/services/" + slug);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("script[type='application/ld+json']"));
        AssertCompliant(page, slug);
    }

    [Fact]
    public async Task The_js_enabled_class_comes_from_a_file_loaded_before_the_page_content()
    {
        var page = await HtmlPage.GetAsync(_client, "/");

        var first = page.Document.Body!.FirstElementChild!;
        Assert.Equal("script", first.LocalName);
        Assert.StartsWith("/assets/js/js-enabled.js", first.GetAttribute("src"), StringComparison.Ordinal);
        Assert.False(first.HasAttribute("defer") || first.HasAttribute("async"), "It must run before the body is drawn.");
    }

    internal static void AssertCompliant(HtmlPage page, string context)
    {
        var inlineScripts = page.Document.QuerySelectorAll("script:not([src])")
            .Where(s => s.GetAttribute("type") != "application/ld+json")
            .Select(s => s.OuterHtml)
            .ToList();
        Assert.True(inlineScripts.Count == 0, $"{context} has inline script: {string.Join(" | ", inlineScripts)}");

        var styled = page.Document.QuerySelectorAll("[style]").Select(e => e.OuterHtml[..Math.Min(200, e.OuterHtml.Length)]).ToList();
        Assert.True(styled.Count == 0, $"{context} has style attributes: {string.Join(" | ", styled)}");
        Assert.Empty(page.Document.QuerySelectorAll("style"));

        var handlers = page.Document.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))).Select(e => e.LocalName).ToList();
        Assert.True(handlers.Count == 0, $"{context} has inline event handlers on: {string.Join(", ", handlers)}");
    }
}
