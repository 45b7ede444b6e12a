using System.Net;

namespace Signpost.Search;

/// <summary>
/// Makes snippets safe to render raw: the text is HTML-escaped first and only then are the
/// control-character markers turned into &lt;mark&gt;, so nothing a partner wrote can become markup.
/// </summary>
internal static class SnippetFormatter
{
    /// <summary>A snippet with markers (from snippet() or <see cref="SnippetWriter"/>) as HTML.</summary>
    public static string Highlight(string marked) =>
        WebUtility.HtmlEncode(marked)
            .Replace(SearchReader.MarkStart.ToString(), "<mark>", StringComparison.Ordinal)
            .Replace(SearchReader.MarkEnd.ToString(), "</mark>", StringComparison.Ordinal);

    public static string Escape(string text) => WebUtility.HtmlEncode(WithoutMarkers(text));

    /// <summary>Indexed text must not contain the markers, or a partner could open a &lt;mark&gt; of their own.</summary>
    public static string WithoutMarkers(string? text) =>
        string.IsNullOrEmpty(text) || (text.IndexOf(SearchReader.MarkStart) < 0 && text.IndexOf(SearchReader.MarkEnd) < 0)
            ? text ?? string.Empty
            : text.Replace(SearchReader.MarkStart, ' ').Replace(SearchReader.MarkEnd, ' ');
}
