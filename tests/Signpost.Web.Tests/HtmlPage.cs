using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Signpost.Web.Tests;

/// <summary>A fetched page: its status, headers, raw markup and the parsed document.</summary>
public sealed class HtmlPage(HttpResponseMessage response, string html, IDocument document)
{
    private static readonly HtmlParser Parser = new();

    public HttpStatusCode Status => response.StatusCode;

    public HttpResponseHeaders Headers => response.Headers;

    public string Html => html;

    public IDocument Document => document;

    /// <summary>The main landmark: what the page is about, without the header, footer and crisis strip.</summary>
    public IElement Main => document.QuerySelector("main") ?? throw new InvalidOperationException("The page has no <main>.");

    public string Heading => document.QuerySelectorAll("h1").Single().TextContent.Trim();

    public string? ErrorSummary => document.QuerySelector(".govuk-error-summary")?.TextContent;

    /// <summary>Slugs of the services the main content links to, in page order, without repeats.</summary>
    public IReadOnlyList<string> ServiceSlugs() =>
        Main.QuerySelectorAll("a[href^='/services/']")
            .Select(a => a.GetAttribute("href")!["/services/".Length..].Split('?', '#')[0])
            .Distinct()
            .ToList();

    /// <summary>The value next to a summary list key such as "Cost", or null when the row is missing.</summary>
    public string? SummaryValue(string key) =>
        document.QuerySelectorAll("dt")
            .FirstOrDefault(dt => dt.TextContent.Trim() == key)?
            .NextElementSibling?.TextContent.Trim();

    /// <summary>The h2 with this text, or null.</summary>
    public IElement? SectionHeading(string text) =>
        Main.QuerySelectorAll("h2").FirstOrDefault(h => Normalise(h.TextContent) == text);

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response, html, await Parser.ParseDocumentAsync(html));
    }

    public static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
