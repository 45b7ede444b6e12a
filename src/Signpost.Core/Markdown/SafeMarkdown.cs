using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Signpost.Core.Markdown;

/// <summary>
/// Renders partner-written Markdown. Raw HTML is shown as text, and links or images whose
/// scheme is not http(s), mailto or tel are reduced to their text, because listings come from
/// many editors and imported feeds and must never carry script into a public page.
/// </summary>
public static class SafeMarkdown
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!IsSafeUrl(link.Url))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsSafeUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return document.ToHtml(Pipeline);
    }

    /// <summary>Plain text of the Markdown, for summaries, meta descriptions and search.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : IsPlainLine(markdown) ? markdown.TrimEnd() : ParsedPlainText(markdown);

    internal static string ParsedPlainText(string markdown) => Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();

    /// <summary>
    /// Whether Markdig would give back the text itself: one line with none of the characters that open Markdown
    /// syntax, not starting like a list item and holding nothing an autolink would take. Building a search index
    /// turns tens of thousands of descriptions into plain text, and parsing them was most of the work.
    /// </summary>
    internal static bool IsPlainLine(string text)
    {
        if (!char.IsLetterOrDigit(text[0]) || text.AsSpan().IndexOfAny(MarkdownSyntax) >= 0)
        {
            return false;
        }

        // "1. ", "a) ", "iv. " open a list (list extras take letters and Roman numerals too).
        var firstWordEnd = 0;
        while (firstWordEnd < text.Length && char.IsLetterOrDigit(text[firstWordEnd]))
        {
            firstWordEnd++;
        }

        if (firstWordEnd < text.Length && text[firstWordEnd] is '.' or ')')
        {
            return false;
        }

        foreach (var autolink in AutolinkStarts)
        {
            if (text.Contains(autolink, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Line breaks and control characters, escapes, code, emphasis (with the extras), links, HTML, headings, tables, entities.</summary>
    private static readonly System.Buffers.SearchValues<char> MarkdownSyntax = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0085\u2028\u2029\\`*_~^+=[]!<>#|&{}$\"\uFFFD");

    private static readonly string[] AutolinkStarts = ["://", "www.", "mailto:", "tel:"];

    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var colon = trimmed.IndexOf(':');
        var firstDelimiter = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        if (!hasScheme)
        {
            // Relative links stay on this site; protocol-relative ones ("//host") would leave it unchecked.
            return !trimmed.StartsWith("//", StringComparison.Ordinal) && !trimmed.StartsWith(@"\\", StringComparison.Ordinal);
        }

        var scheme = trimmed[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static void Unwrap(LinkInline link)
    {
        var text = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        link.ReplaceBy(new LiteralInline(link.IsImage ? text : text.Length > 0 ? text : ""));
    }
}
