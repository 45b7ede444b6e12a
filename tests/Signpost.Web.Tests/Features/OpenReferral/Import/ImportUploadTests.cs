using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Web.Tests.Search;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Features.OpenReferral.Import;

/// <summary>/editor/import: directory managers upload a feed, it imports in the background, and the services are searchable at once.</summary>
public sealed class ImportUploadTests(ImportWebFactory factory) : IClassFixture<ImportWebFactory>
{
    private static readonly HtmlParser Parser = new();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Features", "OpenReferral", "Import", "Fixtures", name);

    [Fact]
    public async Task A_manager_imports_a_feed_and_its_services_are_found_by_search()
    {
        var client = await SignedInClientAsync(factory, Roles.DirectoryManager);

        var response = await UploadAsync(client, "council-feed.json", await File.ReadAllBytesAsync(Fixture("council-feed.json")), new() { ["source"] = "council-feed" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var report = await WaitForReportAsync(client, RedirectTarget(response));
        Assert.Equal(("3", "2", "1"), (Count(report, "read"), Count(report, "created"), Count(report, "skipped")));
        Assert.Contains("it has no name", report.QuerySelector("#import-records")!.TextContent);

        // Search follows the change feed as each batch commits (within a second on a quiet machine); allow for a loaded one.
        var api = new SearchApiClient(factory.CreatePlainClient());
        var found = await api.SearchAsync("q=xylophone");
        for (var deadline = DateTime.UtcNow.AddSeconds(15); found.Results.Count(r => r.Name.StartsWith("Xylophone")) < 2 && DateTime.UtcNow < deadline; found = await api.SearchAsync("q=xylophone"))
        {
            await Task.Delay(100);
        }

        Assert.Contains(found.Results, r => r.Name == "Xylophone workshop for young people" && r.Organisation == "Runcorn Music Trust");
        Assert.Contains(found.Results, r => r.Name == "Xylophone repair drop-in");

        // The same file again changes nothing.
        var again = await WaitForReportAsync(client, RedirectTarget(await UploadAsync(client, "council-feed.json", await File.ReadAllBytesAsync(Fixture("council-feed.json")), new() { ["source"] = "council-feed" })));
        Assert.Equal(("0", "0", "2"), (Count(again, "created"), Count(again, "updated"), Count(again, "unchanged")));
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            Assert.Equal(2, await db.Services.CountAsync(s => s.Name.StartsWith("Xylophone")));
            Assert.Equal(TaxonomyKind.Imported, (await db.TaxonomyTerms.SingleAsync(t => t.Name == "Percussion")).Kind);
        }
    }

    [Fact]
    public async Task A_dry_run_reports_and_saves_nothing()
    {
        var client = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var feed = Encoding.UTF8.GetBytes("""[{"id": "dry-1", "name": "Zebrafinch dry run club", "organization": {"id": "o-dry", "name": "Dry Run Trust"}}]""");

        var report = await WaitForReportAsync(client, RedirectTarget(await UploadAsync(client, "dry.json", feed, new() { ["mode"] = "dry-run" })));

        Assert.Equal("1", Count(report, "created"));
        Assert.Contains("nothing was saved", report.Body!.TextContent);
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            Assert.False(await db.Services.AnyAsync(s => s.Name == "Zebrafinch dry run club"));
            Assert.False(await db.Organisations.AnyAsync(o => o.Name == "Dry Run Trust"));
        }
    }

    [Fact]
    public async Task An_editor_may_not_import()
    {
        var client = await SignedInClientAsync(factory, Roles.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, await Editor.Taxonomy.ManagerHttp.GetFinalStatusAsync(client, "/editor/import"));
        var post = await client.PostAsync("/editor/import", new MultipartFormDataContent { { new ByteArrayContent("[]"u8.ToArray()), "feed", "feed.json" } });
        Assert.Equal(HttpStatusCode.Forbidden, await Editor.Taxonomy.ManagerHttp.FinalStatusAsync(client, post));
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var page = await manager.GetStringAsync("/editor");
        Assert.Contains("href=\"/editor/import\"", page);
        Assert.DoesNotContain("href=\"/editor/import\"", await client.GetStringAsync("/editor"));
    }

    [Fact]
    public async Task An_oversized_upload_is_refused_with_a_message_and_changes_nothing()
    {
        var client = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var big = Encoding.UTF8.GetBytes("[" + string.Join(',', Enumerable.Range(0, 2000).Select(i => "{\"id\": \"big-" + i + "\", \"name\": \"Oversized " + i + "\", \"organization\": {\"id\": \"o\", \"name\": \"Big Org\"}}")) + "]");
        Assert.True(big.Length > 64 * 1024 + 64 * 1024);

        var response = await UploadAsync(client, "big.json", big, []);

        Assert.Equal("/editor/import?too-large=true", RedirectTarget(response));
        var page = await Parser.ParseDocumentAsync(await client.GetStringAsync(RedirectTarget(response)));
        Assert.Contains("must be smaller than 64 KB", page.QuerySelector(".govuk-error-summary")!.TextContent);
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            Assert.False(await db.Services.AnyAsync(s => s.Name.StartsWith("Oversized")));
        }
    }

    [Fact]
    public async Task A_missing_file_or_a_wrong_kind_of_file_is_explained()
    {
        var client = await SignedInClientAsync(factory, Roles.DirectoryManager);

        var none = await UploadAsync(client, null, null, []);
        var wrong = await UploadAsync(client, "feed.exe", "MZ"u8.ToArray(), []);

        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("Select a feed file", await none.Content.ReadAsStringAsync());
        Assert.Contains("must be JSON, ndjson, CSV or a zip", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var client = await SignedInClientAsync(factory, Roles.DirectoryManager);

        var response = await client.PostAsync("/editor/import", new MultipartFormDataContent { { new ByteArrayContent("[]"u8.ToArray()), "feed", "feed.json" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string? fileName, byte[]? content, Dictionary<string, string> fields)
    {
        var form = await Parser.ParseDocumentAsync(await client.GetStringAsync("/editor/import"));
        var token = form.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }

        if (fileName is not null)
        {
            var file = new ByteArrayContent(content!);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            body.Add(file, "feed", fileName);
        }

        return await client.PostAsync("/editor/import", body);
    }

    private static async Task<AngleSharp.Dom.IDocument> WaitForReportAsync(HttpClient client, string url)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await Parser.ParseDocumentAsync(await client.GetStringAsync(url));
            if (page.QuerySelector("#import-report") is not null)
            {
                Assert.Null(page.QuerySelector("meta[http-equiv=refresh]"));
                return page;
            }

            Assert.NotNull(page.QuerySelector("meta[http-equiv=refresh]"));
            Assert.True(DateTime.UtcNow < deadline, $"The import at {url} did not finish: {page.Body!.TextContent}");
            await Task.Delay(200);
        }
    }

    private static string Count(AngleSharp.Dom.IDocument page, string name) =>
        page.QuerySelector($"[data-count={name}]")!.TextContent.Trim();
}
