using Signpost.Core.Markdown;

namespace Signpost.Core.Tests.Markdown;

public class SafeMarkdownTests
{
    [Fact]
    public void Raw_html_is_shown_as_text_never_as_markup()
    {
        var html = SafeMarkdown.ToHtml("Hello <script>alert(1)</script> and <img src=x onerror=alert(1)>");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](//evil.example/x)")]
    [InlineData("![pic](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Unsafe_links_lose_their_href_but_keep_their_text(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", html);
    }

    [Theory]
    [InlineData("[NHS](https://www.nhs.uk)", "href=\"https://www.nhs.uk\"")]
    [InlineData("[Call](tel:08001111)", "href=\"tel:08001111\"")]
    [InlineData("[Email](mailto:help@example.org)", "href=\"mailto:help@example.org\"")]
    [InlineData("[Help](/help/what-is-camhs)", "href=\"/help/what-is-camhs\"")]
    public void Safe_links_are_kept(string markdown, string expected) =>
        Assert.Contains(expected, SafeMarkdown.ToHtml(markdown));

    [Fact]
    public void Lists_headings_and_emphasis_render()
    {
        var html = SafeMarkdown.ToHtml("## What to bring\n\n- a **drink**\n- trainers");

        Assert.Contains("<h2", html);
        Assert.Contains("<li>a <strong>drink</strong></li>", html);
    }

    [Fact]
    public void Plain_text_drops_the_markup() =>
        Assert.Equal("What to bring a drink", SafeMarkdown.ToPlainText("## What to bring\n\na **drink**").Replace("\n", " ").Trim());
}
