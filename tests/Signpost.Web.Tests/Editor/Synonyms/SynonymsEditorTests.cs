using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.ChangeFeed;
using Signpost.Core.Content;
using Signpost.Web.Tests.Editor.Taxonomy;
using Signpost.Web.Tests.Search;

namespace Signpost.Web.Tests.Editor.Synonyms;

/// <summary>/editor/synonyms through HTTP. These tests change synonym groups, so they have their own app and store.</summary>
public sealed class SynonymsEditorTests(SignpostWebFactory site) : IClassFixture<SignpostWebFactory>
{
    private static readonly TimeSpan SearchDeadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Managers_see_every_group_with_its_terms()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var page = await HtmlPage.GetAsync(client, "/editor/synonyms");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Synonyms", page.Heading);
        var groups = await GroupsAsync();
        Assert.Equal(groups.Count, page.Main.QuerySelectorAll("tr[data-group]").Length);
        var camhs = groups.Single(g => g.Terms.Contains("camhs"));
        var row = page.Main.QuerySelector($"tr[data-group='{camhs.Id}']")!;
        Assert.Contains("child and adolescent mental health", row.TextContent);
        Assert.NotNull(row.QuerySelector($"a[href='/editor/synonyms/{camhs.Id}']"));
    }

    [Fact]
    public async Task A_group_added_through_the_form_reaches_search_within_two_seconds()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var api = new SearchApiClient(site.CreatePlainClient());
        const string Target = "free-swimming-for-under-16s";
        Assert.DoesNotContain(Target, (await api.SearchAsync("q=quenderbox&page_size=50")).Results.Select(r => r.Slug));
        Assert.Contains(Target, (await api.SearchAsync("q=swimming&page_size=50")).Results.Select(r => r.Slug));

        var response = await EditorAccounts.PostFormAsync(client, "/editor/synonyms/add", "form[method=post]", new Dictionary<string, string>
        {
            ["Input.Terms"] = "Quenderbox\nswimming",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor/synonyms", response.Headers.Location!.OriginalString);
        Assert.Contains(await GroupsAsync(), g => g.Terms.SequenceEqual(["quenderbox", "swimming"]));
        await ManagerHttp.WaitUntilAsync(
            () => api.SearchAsync("q=quenderbox&page_size=50"),
            r => r.Results.Any(h => h.Slug == Target),
            MachineLoad.Allow(SearchDeadline),
            r => "q=quenderbox gives " + r.Describe());

        var entry = (await ManagerHttp.AuditAsync(site, AuditActions.SynonymsChanged)).Last();
        Assert.Equal("synonyms:quenderbox", entry.Target);
        Assert.Equal("Added a group: \"quenderbox\", \"swimming\"", entry.Detail);
        var list = await HtmlPage.GetAsync(client, "/editor/synonyms");
        Assert.Contains("The group \"quenderbox\" was added", list.Main.QuerySelector(".govuk-notification-banner")!.TextContent);
    }

    [Fact]
    public async Task A_group_can_be_changed_and_deleted_and_each_change_reaches_the_change_feed()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var group = (await GroupsAsync()).Single(g => g.Terms.Contains("physio"));
        var feed = await SynonymRowsAsync();

        var edit = await HtmlPage.GetAsync(client, $"/editor/synonyms/{group.Id}");
        Assert.Equal(string.Join('\n', group.Terms), edit.Main.QuerySelector("#terms")!.TextContent);

        var changed = await EditorAccounts.PostFormAsync(client, $"/editor/synonyms/{group.Id}", "form[method=post]", new Dictionary<string, string>
        {
            ["Input.Terms"] = "physio\nphysiotherapy\nphysical therapy",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(["physio", "physiotherapy", "physical therapy"], (await GroupsAsync()).Single(g => g.Id == group.Id).Terms);
        Assert.Equal(feed + 1, await SynonymRowsAsync());
        Assert.Equal("Changed the group \"physio\": added \"physical therapy\"; removed \"physiotherapist\"", (await ManagerHttp.AuditAsync(site, AuditActions.SynonymsChanged)).Last().Detail);

        var deleted = await EditorAccounts.PostFormAsync(client, $"/editor/synonyms/{group.Id}/delete", "form[method=post]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(await GroupsAsync(), g => g.Id == group.Id);
        Assert.Equal(feed + 2, await SynonymRowsAsync());
        Assert.StartsWith("Deleted the group: \"physio\"", (await ManagerHttp.AuditAsync(site, AuditActions.SynonymsChanged)).Last().Detail);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/editor/synonyms/{group.Id}")).StatusCode);
    }

    [Fact]
    public async Task Saving_over_someone_elses_change_is_refused_and_keeps_what_was_typed()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var group = (await GroupsAsync()).Single(g => g.Terms.Contains("short breaks"));
        var url = $"/editor/synonyms/{group.Id}";
        var form = await ManagerHttp.LoadFormAsync(client, url);

        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            (await db.SynonymGroups.SingleAsync(g => g.Id == group.Id)).Terms = ["short breaks", "respite"];
            await db.SaveChangesAsync();
        }

        var response = await ManagerHttp.PostLoadedFormAsync(client, url, form, new Dictionary<string, string> { ["Input.Terms"] = "short breaks\nbreaks for carers" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ManagerHttp.ReadAsync(response);
        Assert.Contains("Someone else changed this group while you were editing it. It now holds: short breaks, respite.", page.ErrorSummary);
        Assert.Equal("short breaks\nbreaks for carers", page.Main.QuerySelector("#terms")!.TextContent);
        Assert.Equal(["short breaks", "respite"], (await GroupsAsync()).Single(g => g.Id == group.Id).Terms);
    }

    [Fact]
    public async Task Invalid_groups_show_the_error_summary_and_save_nothing()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var before = await GroupsAsync();

        var response = await EditorAccounts.PostFormAsync(client, "/editor/synonyms/add", "form[method=post]", new Dictionary<string, string>
        {
            ["Input.Terms"] = "lonely",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ManagerHttp.ReadAsync(response);
        Assert.Contains("Enter at least one more term: a group needs two or more", page.ErrorSummary);
        Assert.StartsWith("Error:", page.Document.Title);
        Assert.Equal("lonely", page.Main.QuerySelector("#terms")!.TextContent);
        Assert.NotNull(page.Main.QuerySelector(".govuk-form-group--error #terms"));
        Assert.Equal(before.Count, (await GroupsAsync()).Count);
    }

    [Fact]
    public async Task A_term_already_in_another_group_is_warned_about_until_the_manager_saves_anyway()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var before = (await GroupsAsync()).Count;
        var fields = new Dictionary<string, string> { ["Input.Terms"] = "nerves\nanxiety\njitters" };

        var warned = await EditorAccounts.PostFormAsync(client, "/editor/synonyms/add", "form[method=post]", fields);

        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var page = await ManagerHttp.ReadAsync(warned);
        Assert.Null(page.ErrorSummary);
        Assert.NotNull(page.Main.QuerySelector("#overlap-warning"));
        Assert.Contains("\"anxiety\" is also in the group \"anxiety\"", HtmlPage.Normalise(page.Main.QuerySelector("#overlaps")!.TextContent));
        Assert.Equal(before, (await GroupsAsync()).Count);

        fields["Input.SaveAnyway"] = "true";
        var saved = await EditorAccounts.PostFormAsync(client, "/editor/synonyms/add", "form[method=post]", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(await GroupsAsync(), g => g.Terms.SequenceEqual(["nerves", "anxiety", "jitters"]));

        var list = await HtmlPage.GetAsync(client, "/editor/synonyms");
        Assert.Contains(list.Main.QuerySelectorAll("[data-shared-term]"), t => t.TextContent.StartsWith("anxiety"));
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.ParticipationOfficer)]
    public async Task Editors_and_participation_officers_are_forbidden_to_look_or_change(string role)
    {
        var client = await EditorAccounts.SignedInClientAsync(site, role);
        var group = (await GroupsAsync()).Single(g => g.Terms.Contains("autism"));

        foreach (var url in new[] { "/editor/synonyms", "/editor/synonyms/add", $"/editor/synonyms/{group.Id}", $"/editor/synonyms/{group.Id}/delete" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, await ManagerHttp.GetFinalStatusAsync(client, url));
        }

        var post = await ManagerHttp.PostWithoutTokenAsync(client, $"/editor/synonyms/{group.Id}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, await ManagerHttp.FinalStatusAsync(client, post));
        Assert.Contains(await GroupsAsync(), g => g.Id == group.Id);
    }

    [Fact]
    public async Task A_forged_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var group = (await GroupsAsync()).Single(g => g.Terms.Contains("adhd"));
        var before = await GroupsAsync();
        var feed = await SynonymRowsAsync();

        var edit = await ManagerHttp.PostWithoutTokenAsync(client, $"/editor/synonyms/{group.Id}", new Dictionary<string, string> { ["Input.Terms"] = "adhd\nforged" });
        var add = await ManagerHttp.PostWithoutTokenAsync(client, "/editor/synonyms/add", new Dictionary<string, string> { ["Input.Terms"] = "forged\nfaked" });
        var delete = await ManagerHttp.PostWithoutTokenAsync(client, $"/editor/synonyms/{group.Id}/delete", new Dictionary<string, string>());

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], new[] { edit.StatusCode, add.StatusCode, delete.StatusCode });
        var after = await GroupsAsync();
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(group.Terms, after.Single(g => g.Id == group.Id).Terms);
        Assert.Equal(feed, await SynonymRowsAsync());
    }

    private async Task<List<SynonymGroup>> GroupsAsync()
    {
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            return await db.SynonymGroups.AsNoTracking().ToListAsync();
        }
    }

    private async Task<int> SynonymRowsAsync()
    {
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            return await db.ContentChanges.CountAsync(c => c.Kind == ContentChangeKind.Synonyms);
        }
    }
}
