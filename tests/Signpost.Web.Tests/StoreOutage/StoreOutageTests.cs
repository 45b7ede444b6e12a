using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Web.Features.StoreOutage;
using Signpost.Web.Tests.Editor;

namespace Signpost.Web.Tests.StoreOutage;

/// <summary>
/// PostgreSQL stopped under a running node, then started again: the public site keeps serving search and
/// the service pages it has shown, editors are told editing is unavailable, a POST changes nothing, the
/// readiness check says so, and the node recovers, change feed included, without a restart.
/// </summary>
public sealed class StoreOutageTests
{
    private static readonly HtmlParser Parser = new();

    [PostgresFact]
    public async Task With_postgres_stopped_the_site_serves_read_only_and_recovers_when_it_returns()
    {
        Assert.True(ThrowawayPostgres.Installed, $"PostgreSQL 15 is not installed at {ThrowawayPostgres.Bin}.");
        await using var server = await ThrowawayPostgres.StartAsync();
        await using var site = new OutageSiteFactory(server.ConnectionString);
        var visitor = site.CreatePlainClient();
        var editor = await EditorAccounts.SignedInClientAsync(site, Roles.Editor);

        var (scope, db) = site.OpenStore();
        Service service;
        await using (scope)
        {
            service = (await Store.VisibleServicesAsync(db)).First(s => s.Organisation.Slug == EditorAccounts.DefaultEditorOrganisation);
        }

        var shown = await visitor.GetStringAsync($"/services/{service.Slug}");
        var editPage = await editor.GetStringAsync($"/editor/services/{service.Id}/edit");
        var form = (await Parser.ParseDocumentAsync(editPage)).QuerySelector("main form[method=post]")!;
        var edit = EditorAccounts.FormValues(form);
        edit.RemoveAll(v => v.Key == "Name");
        edit.Add(new("Name", "Renamed while the store was down"));
        var versionsBefore = await VersionsAsync(site, service.Id);

        await server.StopAsync();

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/health/live")).StatusCode);
        var ready = await visitor.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("\"store\":{\"status\":\"Unhealthy\"", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var page = await visitor.GetAsync($"/services/{service.Slug}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(shown, await page.Content.ReadAsStringAsync());
        Assert.Equal("last-known", Assert.Single(page.Headers.GetValues(StoreOutageMiddleware.CopyHeader)));

        var search = await visitor.GetAsync("/search?q=" + Uri.EscapeDataString(service.Name));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains($"/services/{service.Slug}", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var api = await visitor.GetAsync("/api/search?q=" + Uri.EscapeDataString(service.Name));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);

        var dashboard = await editor.GetAsync("/editor");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, dashboard.StatusCode);
        Assert.Contains("Editing is unavailable", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var saved = await editor.PostAsync($"/editor/services/{service.Id}/edit", new FormUrlEncodedContent(edit));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, saved.StatusCode);
        Assert.Contains("Nothing you sent has been saved", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var neverShown = await visitor.GetAsync("/categories");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, neverShown.StatusCode);
        Assert.Contains("search for a service", await neverShown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await server.StartAgainAsync();

        await WaitUntilAsync(async () => (await visitor.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "/health/ready to answer 200");
        await WaitUntilAsync(async () => (await editor.GetAsync("/editor")).StatusCode == HttpStatusCode.OK, "the editor's dashboard to come back");
        Assert.Equal(versionsBefore, await VersionsAsync(site, service.Id));
        await WaitUntilAsync(async () => (await visitor.GetAsync("/categories")).StatusCode == HttpStatusCode.OK, "/categories to come back");

        // The change feed follower resumes: a change made after the outage reaches search.
        const string NewName = "Quillwort Outage Recovery Club";
        var (changeScope, changeDb) = site.OpenStore();
        await using (changeScope)
        {
            var stored = await changeDb.Services.SingleAsync(s => s.Id == service.Id);
            stored.Name = NewName;
            await changeDb.SaveChangesAsync();
        }

        await WaitUntilAsync(
            async () => (await visitor.GetStringAsync("/api/search?q=quillwort")).Contains(service.Slug, StringComparison.Ordinal),
            "search to find the service by its new name");
    }

    private static async Task<int> VersionsAsync(SignpostWebFactory site, Guid serviceId)
    {
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            return await db.ContentVersions.CountAsync(v => v.ContentId == serviceId);
        }
    }

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // A request that failed while connections are re-established counts as "not yet".
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Waited 60 s for {what}.");
            }

            await Task.Delay(250);
        }
    }
}
