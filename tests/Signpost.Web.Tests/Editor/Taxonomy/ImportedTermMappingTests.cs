using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Tests.Features.OpenReferral.Api;
using Signpost.Web.Tests.Search;

namespace Signpost.Web.Tests.Editor.Taxonomy;

/// <summary>
/// /editor/taxonomy/imported through HTTP: directory managers map imported feed terms to ours, services
/// carrying them follow through the publishing workflow, and later imports apply the mapping.
/// These tests import and map, so they have their own app and store; each uses its own feed and tags.
/// </summary>
public sealed class ImportedTermMappingTests(SignpostWebFactory site) : IClassFixture<SignpostWebFactory>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Managers_see_imported_terms_grouped_by_feed_with_counts_and_can_filter_and_sort_them()
    {
        var manager = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        await FeedUploads.UploadAsync(manager, Feed("list",
            Service("list-1", "Quokka hop club", ("Bongo drums", "Council activities")),
            Service("list-2", "Quokka hop juniors", ("Bongo drums", "Council activities"), ("Agouti care", null)),
            Service("list-3", "Quokka hop seniors", ("Zither nights", "Council activities"))), "tm-list-feed");

        var page = await HtmlPage.GetAsync(manager, "/editor/taxonomy/imported?feed=tm-list-feed&show=all&sort=services");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Imported terms", page.Heading);
        var activities = page.Main.QuerySelector("table[data-feed='tm-list-feed'][data-feed-taxonomy='Council activities']")!;
        Assert.Equal("bongo-drums, zither-nights", string.Join(", ", activities.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-term"))));
        Assert.Equal("2", activities.QuerySelector("tr[data-term='bongo-drums'] [data-services]")!.TextContent.Trim());
        Assert.Equal("false", activities.QuerySelector("tr[data-term='bongo-drums'] [data-mapped]")!.GetAttribute("data-mapped"));
        var untitled = page.Main.QuerySelector("tr[data-term='agouti-care']")?.Closest("table");
        Assert.True(untitled is not null, page.Main.InnerHtml);
        Assert.Equal("", untitled.GetAttribute("data-feed-taxonomy"));
        Assert.All(page.Main.QuerySelectorAll("table[data-feed]"), t => Assert.Equal("tm-list-feed", t.GetAttribute("data-feed")));

        var byName = await HtmlPage.GetAsync(manager, "/editor/taxonomy/imported?feed=tm-list-feed&sort=name");
        Assert.Equal("bongo-drums, zither-nights", string.Join(", ", byName.Main.QuerySelectorAll("table[data-feed-taxonomy='Council activities'] tbody tr").Select(r => r.GetAttribute("data-term"))));
        Assert.Equal("name", byName.Main.QuerySelector("#sort option[selected]")!.GetAttribute("value"));

        var mapped = await HtmlPage.GetAsync(manager, "/editor/taxonomy/imported?feed=tm-list-feed&show=mapped");
        Assert.Empty(mapped.Main.QuerySelectorAll("table[data-feed]"));
        Assert.NotNull(mapped.Main.QuerySelector("#imported-none"));

        // The taxonomy page points to the mapping page.
        Assert.NotNull((await HtmlPage.GetAsync(manager, "/editor/taxonomy")).Main.QuerySelector("a[href='/editor/taxonomy/imported']"));
    }

    [Fact]
    public async Task Mapping_gives_published_services_our_term_in_search_and_the_oruk_feed_keeps_drafts_drafts_and_later_imports_apply_it()
    {
        var manager = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var feed = Feed("map", Service("map-1", "Tamarind steelpan band", ("Steel pans", "Music tags")));
        Assert.Equal(new FeedUploads.Counts(1, 0, 0), await FeedUploads.UploadAsync(manager, feed, "tm-map-feed"));
        Assert.Equal(new FeedUploads.Counts(1, 0, 0), await FeedUploads.UploadAsync(manager, Feed("drafts", Service("draft-1", "Tamarind steelpan draft", ("Steel pans", "Music tags"))), "tm-map-drafts", asDrafts: true));
        var imported = await TermAsync(TaxonomyKind.Imported, "steel-pans");
        var arts = await TermAsync(TaxonomyKind.Category, "arts-and-music");
        var published = await ServiceAsync("Tamarind steelpan band");
        var draft = await ServiceAsync("Tamarind steelpan draft");
        Assert.Equal(ContentStatus.Draft, draft.Status);
        var api = new OrukApiClient(site.CreatePlainClient());
        await WaitAsync(() => api.GetAsync($"/services/{published.Id}"), r => r.Status == HttpStatusCode.OK, "the imported service in the ORUK feed");
        Assert.DoesNotContain(arts.Id.ToString(), (await api.GetOkAsync($"/services/{published.Id}")).ToJsonString());

        var response = await EditorAccounts.PostFormAsync(manager, $"/editor/taxonomy/imported/{imported.Id}", "#map-form", new Dictionary<string, string> { ["term"] = arts.Id.ToString() });

        Assert.Equal("/editor/taxonomy/imported", EditorAccounts.RedirectTarget(response));
        var list = await HtmlPage.GetAsync(manager, "/editor/taxonomy/imported?feed=tm-map-feed&show=mapped");
        Assert.Contains("2 services were given it", list.Main.QuerySelector("#imported-changed")!.TextContent);
        Assert.Equal(arts.Name, list.Main.QuerySelector("tr[data-term='steel-pans'] [data-mapped-name]")!.TextContent.Trim());

        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            var row = await db.Services.AsNoTracking().Include(s => s.Terms).SingleAsync(s => s.Id == published.Id);
            Assert.Equal(ContentStatus.Published, row.Status);
            Assert.Contains(row.Terms, t => t.Id == arts.Id);
            Assert.Contains(row.Terms, t => t.Id == imported.Id);
            var live = await LatestVersionAsync(db, published.Id);
            Assert.Equal(VersionState.Published, live.State);
            Assert.Contains(arts.Id, ServiceSnapshot.FromJson(live.Snapshot).CategoryIds);

            var draftRow = await db.Services.AsNoTracking().Include(s => s.Terms).SingleAsync(s => s.Id == draft.Id);
            Assert.Equal(ContentStatus.Draft, draftRow.Status);
            var newest = await LatestVersionAsync(db, draft.Id);
            Assert.Equal(VersionState.Draft, newest.State);
            Assert.Contains(arts.Id, ServiceSnapshot.FromJson(newest.Snapshot).CategoryIds);
            Assert.Equal(arts.Id, (await db.TermMappings.AsNoTracking().SingleAsync(m => m.ImportedTermId == imported.Id)).TermId);
        }

        var audit = await ManagerHttp.AuditAsync(site, AuditActions.TaxonomyChanged);
        Assert.Contains(audit, a => a.Target == "term:imported-term:steel-pans" && a.Detail!.Contains(arts.Name) && a.Detail.Contains("1 published and 1 draft"));

        // The change feed carries the new version to search and to the ORUK feed's cached answers.
        var search = new SearchApiClient(site.CreatePlainClient());
        await WaitAsync(() => search.SearchAsync("q=tamarind+steelpan"), r => r.Results.Any(x => x.Id == published.Id && (x.Categories.Contains(arts.Name) || x.Categories.Contains(arts.Slug))), "the category in search");
        Assert.DoesNotContain((await search.SearchAsync("q=tamarind+steelpan")).Results, r => r.Id == draft.Id);
        var oruk = await WaitAsync(() => api.GetOkAsync($"/services/{published.Id}"), s => Attributes(s).Contains(arts.Id.ToString()), "the category in the ORUK feed");
        Assert.DoesNotContain(imported.Id.ToString(), Attributes(oruk));
        await OrukSchemas.AssertValidAsync(OrukSchemas.Service, oruk, "the mapped service");

        // A re-import gives a new service with the tag our term too, and the unchanged one stays unchanged.
        var grown = Feed("map", Service("map-1", "Tamarind steelpan band", ("Steel pans", "Music tags")), Service("map-2", "Tamarind steelpan juniors", ("steel pans ", "Music tags")));
        Assert.Equal(new FeedUploads.Counts(1, 0, 1), await FeedUploads.UploadAsync(manager, grown, "tm-map-feed"));
        Assert.Equal(new FeedUploads.Counts(0, 0, 2), await FeedUploads.UploadAsync(manager, grown, "tm-map-feed"));
        var juniors = await ServiceAsync("Tamarind steelpan juniors");
        Assert.Contains(juniors.Terms, t => t.Id == arts.Id);
        Assert.Contains(juniors.Terms, t => t.Id == imported.Id);
        await WaitAsync(() => api.GetAsync($"/services/{juniors.Id}"), r => r.Status == HttpStatusCode.OK && Attributes(r.Body!).Contains(arts.Id.ToString()), "the re-imported service's category in the ORUK feed");
    }

    [Fact]
    public async Task A_live_service_with_a_pending_imported_draft_gets_our_term_live_and_in_a_newer_draft_that_can_still_be_published()
    {
        var manager = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        await FeedUploads.UploadAsync(manager, Feed("pending", Service("pending-1", "Gecko marimba club", ("Marimbas", null))), "tm-pending-feed");
        var changed = Service("pending-1", "Gecko marimba club", ("Marimbas", null));
        changed["description"] = "Now with a second marimba.";
        Assert.Equal(new FeedUploads.Counts(0, 1, 0), await FeedUploads.UploadAsync(manager, Feed("pending", changed), "tm-pending-feed", asDrafts: true));
        var imported = await TermAsync(TaxonomyKind.Imported, "marimbas");
        var arts = await TermAsync(TaxonomyKind.Category, "arts-and-music");
        var service = await ServiceAsync("Gecko marimba club");

        await EditorAccounts.PostFormAsync(manager, $"/editor/taxonomy/imported/{imported.Id}", "#map-form", new Dictionary<string, string> { ["term"] = arts.Id.ToString() });

        Assert.Contains("1 service was given it", (await HtmlPage.GetAsync(manager, "/editor/taxonomy/imported")).Main.QuerySelector("#imported-changed")!.TextContent);
        Assert.Contains((await ServiceAsync("Gecko marimba club")).Terms, t => t.Id == arts.Id);
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            var versions = await db.ContentVersions.AsNoTracking().Where(v => v.Kind == ContentKind.Service && v.ContentId == service.Id).OrderByDescending(v => v.Number).ToListAsync();
            Assert.Equal([VersionState.Draft, VersionState.Published, VersionState.Draft, VersionState.Superseded], versions.Select(v => v.State).ToArray());
            var newest = ServiceSnapshot.FromJson(versions[0].Snapshot);
            Assert.Contains(arts.Id, newest.CategoryIds);
            Assert.Equal("Now with a second marimba.", newest.Description);
            Assert.Contains(arts.Id, ServiceSnapshot.FromJson(versions[1].Snapshot).CategoryIds);
            Assert.NotEqual("Now with a second marimba.", ServiceSnapshot.FromJson(versions[1].Snapshot).Description);
        }
    }

    [Fact]
    public async Task Unmapping_stops_later_imports_adding_our_term_and_services_keep_it()
    {
        var manager = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        await FeedUploads.UploadAsync(manager, Feed("unmap", Service("unmap-1", "Okapi football", ("Five a side", null))), "tm-unmap-feed");
        var imported = await TermAsync(TaxonomyKind.Imported, "five-a-side");
        var sport = await TermAsync(TaxonomyKind.Category, "sport-and-leisure");
        await EditorAccounts.PostFormAsync(manager, $"/editor/taxonomy/imported/{imported.Id}", "#map-form", new Dictionary<string, string> { ["term"] = sport.Id.ToString() });
        var mapPage = await HtmlPage.GetAsync(manager, $"/editor/taxonomy/imported/{imported.Id}");
        Assert.Contains("keep it", mapPage.Main.TextContent);

        var response = await EditorAccounts.PostFormAsync(manager, $"/editor/taxonomy/imported/{imported.Id}", "#unmap-form", new Dictionary<string, string>());

        Assert.Equal("/editor/taxonomy/imported", EditorAccounts.RedirectTarget(response));
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            Assert.False(await db.TermMappings.AnyAsync(m => m.ImportedTermId == imported.Id));
        }

        Assert.Contains((await ServiceAsync("Okapi football")).Terms, t => t.Id == sport.Id);
        await FeedUploads.UploadAsync(manager, Feed("unmap", Service("unmap-1", "Okapi football", ("Five a side", null)), Service("unmap-2", "Okapi futsal", ("Five a side", null))), "tm-unmap-feed");
        var futsal = await ServiceAsync("Okapi futsal");
        Assert.Contains(futsal.Terms, t => t.Id == imported.Id);
        Assert.DoesNotContain(futsal.Terms, t => t.Id == sport.Id);
        Assert.Contains(await ManagerHttp.AuditAsync(site, AuditActions.TaxonomyChanged), a => a.Target == "term:imported-term:five-a-side" && a.Detail!.StartsWith("Removed the mapping"));
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.ParticipationOfficer)]
    public async Task Editors_who_are_not_managers_are_forbidden_to_look_or_map(string role)
    {
        var manager = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        await FeedUploads.UploadAsync(manager, Feed("perm", Service("perm-1", "Capybara chess", ("Chess boards", null))), "tm-perm-feed");
        var imported = await TermAsync(TaxonomyKind.Imported, "chess-boards");
        var arts = await TermAsync(TaxonomyKind.Category, "arts-and-music");
        var client = await EditorAccounts.SignedInClientAsync(site, role);

        foreach (var url in new[] { "/editor/taxonomy/imported", $"/editor/taxonomy/imported/{imported.Id}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, await ManagerHttp.GetFinalStatusAsync(client, url));
        }

        var post = await ManagerHttp.PostWithoutTokenAsync(client, $"/editor/taxonomy/imported/{imported.Id}", new Dictionary<string, string> { ["term"] = arts.Id.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, await ManagerHttp.FinalStatusAsync(client, post));
        await AssertNotMappedAsync(imported.Id, "Capybara chess", arts.Id);
    }

    [Fact]
    public async Task A_forged_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var manager = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        await FeedUploads.UploadAsync(manager, Feed("forged", Service("forged-1", "Tapir tennis", ("Short tennis", null))), "tm-forged-feed");
        var imported = await TermAsync(TaxonomyKind.Imported, "short-tennis");
        var sport = await TermAsync(TaxonomyKind.Category, "sport-and-leisure");

        var response = await ManagerHttp.PostWithoutTokenAsync(manager, $"/editor/taxonomy/imported/{imported.Id}", new Dictionary<string, string> { ["term"] = sport.Id.ToString() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("there is a problem with that request", await response.Content.ReadAsStringAsync());
        await AssertNotMappedAsync(imported.Id, "Tapir tennis", sport.Id);
    }

    [Fact]
    public async Task A_bad_choice_is_explained_and_changes_nothing()
    {
        var manager = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        await FeedUploads.UploadAsync(manager, Feed("bad", Service("bad-1", "Wombat woodwork", ("Woodturning", null), ("Lathes", null))), "tm-bad-feed");
        var imported = await TermAsync(TaxonomyKind.Imported, "woodturning");
        var other = await TermAsync(TaxonomyKind.Imported, "lathes");
        var url = $"/editor/taxonomy/imported/{imported.Id}";

        foreach (var (choice, message) in new[]
        {
            ("", "Choose one of our categories, needs or outcomes"),
            ("not-an-id", "Choose one of our categories, needs or outcomes"),
            (Guid.NewGuid().ToString(), "Choose one of our categories, needs or outcomes"),
            (other.Id.ToString(), "cannot be mapped to another imported term"),
            (imported.Id.ToString(), "cannot be mapped to another imported term"),
        })
        {
            var page = await EditorAccounts.PostFormForPageAsync(manager, url, "#map-form", new Dictionary<string, string> { ["term"] = choice });
            Assert.Equal(HttpStatusCode.BadRequest, page.Status);
            Assert.Contains(message, page.ErrorSummary);
            Assert.NotNull(page.Document.QuerySelector("#term-error"));
        }

        var unmap = await ManagerHttp.ReadAsync(await manager.PostAsync($"{url}?handler=Unmap", new FormUrlEncodedContent(await ManagerHttp.LoadFormAsync(manager, url))));
        Assert.Equal(HttpStatusCode.Conflict, unmap.Status);
        Assert.Contains("is not mapped", unmap.ErrorSummary);

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/editor/taxonomy/imported/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/editor/taxonomy/imported/{(await TermAsync(TaxonomyKind.Category, "arts-and-music")).Id}")).StatusCode);
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            Assert.False(await db.TermMappings.AnyAsync(m => m.ImportedTermId == imported.Id));
        }
    }

    private async Task AssertNotMappedAsync(Guid importedId, string serviceName, Guid ourTermId)
    {
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            Assert.False(await db.TermMappings.AnyAsync(m => m.ImportedTermId == importedId));
        }

        Assert.DoesNotContain((await ServiceAsync(serviceName)).Terms, t => t.Id == ourTermId);
    }

    /// <summary>An ORUK 1.0-style array of services, all under one organisation named for the test.</summary>
    private static string Feed(string prefix, params JsonObject[] services)
    {
        foreach (var service in services)
        {
            service["organization"] = new JsonObject { ["id"] = $"tm-org-{prefix}", ["name"] = $"Termmap {prefix} trust" };
        }

        return new JsonArray(services.Select(s => (JsonNode)s).ToArray()).ToJsonString();
    }

    private static JsonObject Service(string id, string name, params (string Name, string? Taxonomy)[] tags) => new()
    {
        ["id"] = id,
        ["name"] = name,
        ["description"] = $"{name}, weekly.",
        ["attributes"] = new JsonArray(tags.Select(t => (JsonNode)new JsonObject
        {
            ["taxonomy_term"] = t.Taxonomy is null
                ? new JsonObject { ["id"] = $"{id}-{t.Name}", ["name"] = t.Name }
                : new JsonObject { ["id"] = $"{id}-{t.Name}", ["name"] = t.Name, ["taxonomy"] = t.Taxonomy },
        }).ToArray()),
    };

    private static List<string> Attributes(JsonNode service) =>
        service["attributes"]?.AsArray().Select(a => (string)a!["taxonomy_term_id"]!).ToList() ?? [];

    private async Task<TaxonomyTerm> TermAsync(TaxonomyKind kind, string slug)
    {
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            return await db.TaxonomyTerms.AsNoTracking().SingleAsync(t => t.Kind == kind && t.Slug == slug);
        }
    }

    private async Task<Service> ServiceAsync(string name)
    {
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            return await db.Services.AsNoTracking().Include(s => s.Terms).SingleAsync(s => s.Name == name);
        }
    }

    private static Task<ContentVersion> LatestVersionAsync(Signpost.Data.SignpostDbContext db, Guid id) =>
        db.ContentVersions.AsNoTracking().Where(v => v.Kind == ContentKind.Service && v.ContentId == id).OrderByDescending(v => v.Number).FirstAsync();

    private static Task<T> WaitAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what) =>
        ManagerHttp.WaitUntilAsync(read, done, Deadline, _ => $"waiting for {what}");
}
