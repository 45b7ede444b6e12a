using System.Buffers;
using System.Net;

namespace Signpost.Search;

/// <summary>
/// Makes snippets safe to render raw: the text is HTML-escaped first and only then are the
/// control-character markers turned into &lt;mark&gt;, so nothing a partner wrote can become markup.
/// </summary>
internal static class SnippetFormatter
{
    /// <summary>What <see cref="WebUtility.HtmlEncode(string)"/> changes: the five markup characters, Latin-1 above 159, surrogates.</summary>
    private static readonly SearchValues<char> Encoded = SearchValues.Create(
        "<>&\"'" + string.Concat(Enumerable.Range(160, 96).Select(c => (char)c)) + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    /// <summary>
    /// A snippet with markers (from <see cref="SnippetWriter"/>) as HTML: what HtmlEncode and then replacing each marker
    /// gives. Snippets rarely hold anything to encode, and then the HTML is written straight into its string (encoding
    /// and two replacements made three copies per hit, a fifth of what a search allocated).
    /// </summary>
    public static string Highlight(string marked)
    {
        if (marked.AsSpan().ContainsAny(Encoded))
        {
            return WebUtility.HtmlEncode(marked)
                .Replace(SearchReader.MarkStart.ToString(), "<mark>", StringComparison.Ordinal)
                .Replace(SearchReader.MarkEnd.ToString(), "</mark>", StringComparison.Ordinal);
        }

        var starts = marked.AsSpan().Count(SearchReader.MarkStart);
        var ends = marked.AsSpan().Count(SearchReader.MarkEnd);
        return string.Create(marked.Length + (starts * 5) + (ends * 6), marked, static (html, text) =>
        {
            var at = 0;
            foreach (var c in text)
            {
                var written = c switch
                {
                    SearchReader.MarkStart => "<mark>",
                    SearchReader.MarkEnd => "</mark>",
                    _ => null,
                };
                if (written is null)
                {
                    html[at++] = c;
                }
                else
                {
                    written.CopyTo(html[at..]);
                    at += written.Length;
                }
            }
        });
    }

    public static string Escape(string text) => WebUtility.HtmlEncode(WithoutMarkers(text));

    /// <summary>Indexed text must not contain the markers, or a partner could open a &lt;mark&gt; of their own.</summary>
    public static string WithoutMarkers(string? text) =>
        string.IsNullOrEmpty(text) || (text.IndexOf(SearchReader.MarkStart) < 0 && text.IndexOf(SearchReader.MarkEnd) < 0)
            ? text ?? string.Empty
            : text.Replace(SearchReader.MarkStart, ' ').Replace(SearchReader.MarkEnd, ' ');
}
