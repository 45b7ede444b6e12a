using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// Turns the HTML council platforms put in descriptions into the safe Markdown our listings hold:
/// paragraphs, line breaks, lists, links (http, https, mailto and tel only) and bold. Everything
/// else keeps only its text; script, style and embedded frames lose their text too. Entities are
/// decoded. Text that has no tags is read as Markdown, with its entities decoded and its spacing tidied.
/// </summary>
public static partial class HtmlToMarkdown
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math", "head", "title", "form", "button", "select", "textarea", "input", "img", "video", "audio", "canvas",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "address", "pre", "dl", "dt", "dd", "figure", "center",
    };

    public static string Convert(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        // Text without tags is already Markdown (plain text is too, and ours is published so): kept, so a
        // Signpost feed's bold, lists and headings come back. Angle brackets (tags written as entities) stay text.
        if (!html.Contains('<'))
        {
            return Tidy(AngleBrackets().Replace(WebUtility.HtmlDecode(html), @"\$1"), keepIndents: true);
        }

        var document = Parser.ParseDocument($"<body>{html}</body>");
        var output = new StringBuilder();
        WriteChildren(document.Body!, output, listDepth: 0);
        return Tidy(output.ToString());
    }

    private static void WriteChildren(INode parent, StringBuilder output, int listDepth)
    {
        foreach (var child in parent.ChildNodes)
        {
            Write(child, output, listDepth);
        }
    }

    private static void Write(INode node, StringBuilder output, int listDepth)
    {
        if (node is IText text)
        {
            output.Append(EscapeMarkdown(Whitespace().Replace(text.Data, " ")));
            return;
        }

        if (node is not IElement element || Dropped.Contains(element.LocalName))
        {
            return;
        }

        switch (element.LocalName)
        {
            case "br":
                output.Append("  \n");
                break;
            case "strong" or "b":
                Wrap(element, output, "**", listDepth);
                break;
            case "em" or "i":
                Wrap(element, output, "*", listDepth);
                break;
            case "a":
                WriteLink(element, output, listDepth);
                break;
            case "ul" or "ol":
                WriteList(element, output, listDepth);
                break;
            case "li":
                // A list item outside a list: keep it as a line of its own.
                output.Append("\n\n");
                WriteChildren(element, output, listDepth);
                output.Append("\n\n");
                break;
            default:
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    output.Append("\n\n");
                }

                WriteChildren(element, output, listDepth);
                if (block)
                {
                    output.Append("\n\n");
                }

                break;
        }
    }

    private static void Wrap(IElement element, StringBuilder output, string marker, int listDepth)
    {
        var inner = new StringBuilder();
        WriteChildren(element, inner, listDepth);
        var text = inner.ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            output.Append(text);
            return;
        }

        // Markdown emphasis must hug its text: "** bold **" is not bold, so spaces move outside the markers.
        var leading = text[..(text.Length - text.TrimStart().Length)];
        var trailing = text[text.TrimEnd().Length..];
        output.Append(leading).Append(marker).Append(text.Trim()).Append(marker).Append(trailing);
    }

    private static void WriteLink(IElement element, StringBuilder output, int listDepth)
    {
        var inner = new StringBuilder();
        WriteChildren(element, inner, listDepth);
        var text = inner.ToString().Trim();
        var href = element.GetAttribute("href")?.Trim();
        if (href is null || !IsSafe(href))
        {
            output.Append(inner);
            return;
        }

        if (text.Length == 0)
        {
            text = EscapeMarkdown(href);
        }

        output.Append('[').Append(text).Append("](").Append(href.Replace(" ", "%20").Replace("(", "%28").Replace(")", "%29")).Append(')');
    }

    private static void WriteList(IElement list, StringBuilder output, int listDepth)
    {
        var ordered = list.LocalName == "ol";
        var number = 1;
        output.Append(listDepth == 0 ? "\n\n" : "\n");
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            var inner = new StringBuilder();
            WriteChildren(item, inner, listDepth + 1);
            var lines = Tidy(inner.ToString()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length == 0)
            {
                continue;
            }

            var indent = new string(' ', listDepth * 4);
            var marker = ordered ? $"{number++}. " : "- ";
            output.Append(indent).Append(marker).Append(lines[0].Trim()).Append('\n');
            foreach (var line in lines.Skip(1))
            {
                output.Append(line.StartsWith(' ') ? indent + line : indent + "    " + line.Trim()).Append('\n');
            }
        }

        output.Append(listDepth == 0 ? "\n\n" : "");
    }

    public static bool IsSafe(string href)
    {
        var colon = href.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var scheme = href[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase)
            && Uri.TryCreate(href, UriKind.Absolute, out _);
    }

    // Characters that would start Markdown syntax of their own in plain text; raw HTML is shown as text by SafeMarkdown anyway.
    private static string EscapeMarkdown(string text) => MarkdownCharacters().Replace(text, @"\$1");

    /// <param name="keepIndents">For Markdown as written, whose indents (a list item's wrapped lines) belong to it.</param>
    private static string Tidy(string text, bool keepIndents = false)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(l => l.EndsWith("  ", StringComparison.Ordinal) ? (keepIndents ? l : l.TrimStart(' ')).TrimEnd() + "  " : l.TrimEnd());
        var joined = string.Join('\n', lines.Select(l => keepIndents || l.StartsWith("    ", StringComparison.Ordinal) || l.TrimStart().StartsWith("- ", StringComparison.Ordinal) || ListNumber().IsMatch(l) ? l : l.TrimStart()));
        return BlankLines().Replace(joined, "\n\n").Trim('\n', ' ').TrimEnd();
    }

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"([<>])")]
    private static partial Regex AngleBrackets();

    [GeneratedRegex(@"([\\`*_\[\]<>#|])")]
    private static partial Regex MarkdownCharacters();

    [GeneratedRegex(@"^\s*\d+\. ")]
    private static partial Regex ListNumber();
}
