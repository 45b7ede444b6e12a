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
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();

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
