using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;

namespace Signpost.Web.Tests.Editor.Taxonomy;

/// <summary>Imports a feed through /editor/import as a directory manager does, waiting for the report.</summary>
public static class FeedUploads
{
    private static readonly HtmlParser Parser = new();

    public sealed record Counts(int Created, int Updated, int Unchanged);

    public static async Task<Counts> UploadAsync(HttpClient manager, string json, string source, bool asDrafts = false)
    {
        var form = await Parser.ParseDocumentAsync(await manager.GetStringAsync("/editor/import"));
        var token = form.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(source), "source" },
            { file, "feed", "feed.json" },
        };
        if (asDrafts)
        {
            body.Add(new StringContent("drafts"), "mode");
        }

        var response = await manager.PostAsync("/editor/import", body);
        var url = EditorAccounts.RedirectTarget(response);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await Parser.ParseDocumentAsync(await manager.GetStringAsync(url));
            if (page.QuerySelector("#import-report") is not null)
            {
                int Count(string name) => int.Parse(page.QuerySelector($"[data-count={name}]")!.TextContent.Trim());
                return new Counts(Count("created"), Count("updated"), Count("unchanged"));
            }

            Assert.True(DateTime.UtcNow < deadline, $"The import at {url} did not finish: {page.Body!.TextContent}");
            await Task.Delay(200);
        }
    }
}
