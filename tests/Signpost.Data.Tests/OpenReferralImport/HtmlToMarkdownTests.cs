using Signpost.Data.OpenReferralImport;

namespace Signpost.Data.Tests.OpenReferralImport;

public sealed class HtmlToMarkdownTests
{
    [Fact]
    public void Paragraphs_lists_links_and_bold_become_markdown()
    {
        var markdown = HtmlToMarkdown.Convert("<p>Come <strong>along</strong>.</p><p>We offer:</p><ul><li>Advice</li><li>Support <b>groups</b></li></ul><ol><li>Call</li><li>Visit</li></ol><p>See <a href=\"https://example.org/a\">our site</a>.</p>");

        Assert.Equal("Come **along**.\n\nWe offer:\n\n- Advice\n- Support **groups**\n\n1. Call\n2. Visit\n\nSee [our site](https://example.org/a).", markdown);
    }

    [Fact]
    public void Scripts_styles_and_frames_are_removed_with_their_content()
    {
        var markdown = HtmlToMarkdown.Convert("<p>Hello</p><script>alert('x')</script><style>p{color:red}</style><iframe src=\"https://evil.example\">frame text</iframe><object data=\"x\">obj</object><p>World</p>");

        Assert.Equal("Hello\n\nWorld", markdown);
        Assert.DoesNotContain("alert", markdown);
        Assert.DoesNotContain("color", markdown);
        Assert.DoesNotContain("evil", markdown);
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">click</a>", "click")]
    [InlineData("<a href=\"data:text/html,hi\">data</a>", "data")]
    [InlineData("<a href=\"/relative/page\">relative</a>", "relative")]
    [InlineData("<a href=\"mailto:help@example.org\">email us</a>", "[email us](mailto:help@example.org)")]
    [InlineData("<a href=\"tel:01515550101\">call</a>", "[call](tel:01515550101)")]
    [InlineData("<a href=\"http://example.org\">site</a>", "[site](http://example.org)")]
    public void Only_http_https_mailto_and_tel_links_are_kept(string html, string expected) =>
        Assert.Equal(expected, HtmlToMarkdown.Convert(html));

    [Fact]
    public void Entities_are_decoded_and_unknown_tags_keep_only_their_text()
    {
        Assert.Equal("Fish & chips – £5 \\<b\\> \\<3", HtmlToMarkdown.Convert("Fish &amp; chips &ndash; &pound;5 &lt;b&gt; &lt;3"));
        Assert.Equal("Big news today", HtmlToMarkdown.Convert("<span class=\"x\" onclick=\"evil()\">Big</span> <font color=red>news</font> <u>today</u>"));
    }

    [Fact]
    public void Markdown_characters_in_text_cannot_make_links_or_html()
    {
        var markdown = HtmlToMarkdown.Convert("<p>[click](javascript:alert(1)) and &lt;script&gt;</p>");

        Assert.DoesNotContain("](javascript", markdown.Replace("\\]", ""), StringComparison.Ordinal);
        var html = Signpost.Core.Markdown.SafeMarkdown.ToHtml(markdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Line_breaks_stay_and_empty_input_gives_nothing()
    {
        Assert.Equal("Call us  \nany time", HtmlToMarkdown.Convert("Call us<br>any time"));
        Assert.Equal("", HtmlToMarkdown.Convert("  "));
        Assert.Equal("", HtmlToMarkdown.Convert(null));
        Assert.Equal("", HtmlToMarkdown.Convert("<script>only()</script>"));
    }
}
