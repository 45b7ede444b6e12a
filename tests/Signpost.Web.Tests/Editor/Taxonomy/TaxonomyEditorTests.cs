using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.ChangeFeed;
using Signpost.Core.Content;
using Signpost.Web.Tests.Search;

namespace Signpost.Web.Tests.Editor.Taxonomy;

/// <summary>
/// /editor/taxonomy through HTTP as directory managers and administrators use it. These tests
/// change terms, so they have their own app and store.
/// </summary>
public sealed class TaxonomyEditorTests(SignpostWebFactory site) : IClassFixture<SignpostWebFactory>
{
    private static readonly TimeSpan SearchDeadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Managers_see_every_kind_as_a_tree_with_how_many_services_use_each_term()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var page = await HtmlPage.GetAsync(client, "/editor/taxonomy");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Taxonomy", page.Heading);
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            var terms = await db.TaxonomyTerms.AsNoTracking().Select(t => new { t.Kind, t.Slug, t.ParentId, Count = t.Services.Count }).ToListAsync();
            foreach (var kind in new[] { "category", "need", "outcome" })
            {
                Assert.NotNull(page.Main.QuerySelector($"table[data-kind='{kind}']"));
            }

            var categoryRows = page.Main.QuerySelectorAll("table[data-kind='category'] tbody tr").Select(r => r.GetAttribute("data-term")).ToList();
            Assert.Equal(terms.Count(t => t.Kind == TaxonomyKind.Category), categoryRows.Count);

            // Children follow their parent.
            Assert.True(categoryRows.IndexOf("youth-clubs") == categoryRows.IndexOf("activities") + 1, string.Join(", ", categoryRows));

            foreach (var slug in new[] { "sport-and-leisure", "camhs", "family-hubs" })
            {
                var cell = page.Main.QuerySelector($"table[data-kind='category'] tr[data-term='{slug}'] [data-services]")!;
                Assert.Equal(terms.Single(t => t.Kind == TaxonomyKind.Category && t.Slug == slug).Count.ToString(), cell.TextContent.Trim());
            }

            // A topic counts the services under its subtopics too, as its public page lists them.
            var activityIds = await Store.CategoryAndChildIdsAsync(db, "activities");
            var inActivities = await db.Services.CountAsync(s => s.Terms.Any(t => activityIds.Contains(t.Id)));
            var topic = page.Main.QuerySelector("table[data-kind='category'] tr[data-term='activities'] [data-topic-services]")!;
            Assert.Equal(inActivities.ToString(), topic.GetAttribute("data-topic-services"));
        }
    }

    [Fact]
    public async Task Administrators_may_use_the_taxonomy_editor_too()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/editor/taxonomy")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.ParticipationOfficer)]
    public async Task Editors_and_participation_officers_are_forbidden_to_look_or_change(string role)
    {
        var client = await EditorAccounts.SignedInClientAsync(site, role);
        var term = await TermAsync("arts-and-music");

        foreach (var url in new[] { "/editor/taxonomy", "/editor/taxonomy/add/category", $"/editor/taxonomy/{term.Id}", $"/editor/taxonomy/{term.Id}/delete" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, await ManagerHttp.GetFinalStatusAsync(client, url));
        }

        var post = await ManagerHttp.PostWithoutTokenAsync(client, $"/editor/taxonomy/{term.Id}", new Dictionary<string, string> { ["Input.Name"] = "Taken over" });
        Assert.Equal(HttpStatusCode.Forbidden, await ManagerHttp.FinalStatusAsync(client, post));
        var delete = await ManagerHttp.PostWithoutTokenAsync(client, $"/editor/taxonomy/{term.Id}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, await ManagerHttp.FinalStatusAsync(client, delete));
        Assert.Equal("Arts, music and drama", (await TermAsync("arts-and-music")).Name);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var response = await site.CreatePlainClient().GetAsync("/editor/taxonomy");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_forged_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var term = await TermAsync("holiday-activities");
        var before = await FeedLengthAsync();

        var rename = await ManagerHttp.PostWithoutTokenAsync(client, $"/editor/taxonomy/{term.Id}", new Dictionary<string, string> { ["Input.Name"] = "Forged" });
        var add = await ManagerHttp.PostWithoutTokenAsync(client, "/editor/taxonomy/add/category", new Dictionary<string, string> { ["Input.Name"] = "Forged" });

        Assert.Equal(HttpStatusCode.BadRequest, rename.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, add.StatusCode);
        Assert.Equal(term.Name, (await TermAsync("holiday-activities")).Name);
        Assert.Null(await FindTermAsync("forged"));
        Assert.Equal(before, await FeedLengthAsync());
    }

    [Fact]
    public async Task Renaming_keeps_the_slug_and_public_address_and_search_shows_the_new_label_within_two_seconds()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var term = await TermAsync("youth-clubs");
        const string NewName = "Youth clubs and centres";

        var response = await EditorAccounts.PostFormAsync(client, $"/editor/taxonomy/{term.Id}", "form[method=post]", new Dictionary<string, string>
        {
            ["Input.Name"] = NewName,
            ["Input.Description"] = "Open-access youth clubs and centres.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor/taxonomy", response.Headers.Location!.OriginalString);
        var tree = await HtmlPage.GetAsync(client, "/editor/taxonomy");
        Assert.Contains($"{NewName} was saved", tree.Main.QuerySelector(".govuk-notification-banner")!.TextContent);

        var saved = await TermAsync("youth-clubs");
        Assert.Equal((NewName, "Open-access youth clubs and centres.", term.ParentId), (saved.Name, saved.Description, saved.ParentId));

        var publicPage = await HtmlPage.GetAsync(site.CreatePlainClient(), "/categories/youth-clubs");
        Assert.Equal(HttpStatusCode.OK, publicPage.Status);
        Assert.Equal(NewName, publicPage.Heading);

        var api = new SearchApiClient(site.CreatePlainClient());
        await ManagerHttp.WaitUntilAsync(
            () => api.SearchAsync("q=youth&page_size=5"),
            r => r.Facets["category"].Any(f => f.Slug == "youth-clubs" && f.Label == NewName),
            MachineLoad.Allow(SearchDeadline),
            r => "category facet labels " + string.Join(", ", r.Facets["category"].Select(f => $"{f.Slug}={f.Label}")));

        var entry = (await ManagerHttp.AuditAsync(site, AuditActions.TaxonomyChanged)).Last(a => a.Target == "term:category:youth-clubs");
        Assert.Contains("renamed \"Youth clubs\" to \"Youth clubs and centres\"", entry.Detail);
        Assert.NotNull(entry.UserEmail);
    }

    [Fact]
    public async Task A_new_term_can_be_added_under_a_parent_moved_and_deleted_when_nothing_uses_it()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var activities = await TermAsync("activities");
        var health = await TermAsync("health");

        // The "add under" link from a topic's edit page comes with the topic chosen.
        var addUrl = $"/editor/taxonomy/add/category?parent={activities.Id}";
        var form = await HtmlPage.GetAsync(client, addUrl);
        Assert.Equal(activities.Id.ToString(), form.Main.QuerySelector("#parent option[selected]")!.GetAttribute("value"));
        var added = await EditorAccounts.PostFormAsync(client, addUrl, "form[method=post]", new Dictionary<string, string>
        {
            ["Input.Name"] = "Skate parks & BMX",
            ["Input.Description"] = "Places to skate and ride.",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var term = await TermAsync("skate-parks-and-bmx");
        Assert.Equal(activities.Id, term.ParentId);
        var activitiesPage = await HtmlPage.GetAsync(site.CreatePlainClient(), "/categories/activities");
        Assert.Contains(activitiesPage.Main.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/categories/skate-parks-and-bmx");

        var moved = await EditorAccounts.PostFormAsync(client, $"/editor/taxonomy/{term.Id}", "form[method=post]", new Dictionary<string, string>
        {
            ["Input.ParentId"] = health.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(health.Id, (await TermAsync("skate-parks-and-bmx")).ParentId);
        Assert.Contains(
            (await ManagerHttp.AuditAsync(site, AuditActions.TaxonomyChanged)).Select(a => a.Detail),
            d => d!.Contains("moved from under \"Activities and clubs\" to under \"Health and wellbeing\""));

        var deletePage = await HtmlPage.GetAsync(client, $"/editor/taxonomy/{term.Id}/delete");
        Assert.Null(deletePage.Main.QuerySelector("#delete-refused"));
        var deleted = await EditorAccounts.PostFormAsync(client, $"/editor/taxonomy/{term.Id}/delete", "form[method=post]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await FindTermAsync("skate-parks-and-bmx"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreatePlainClient().GetAsync("/categories/skate-parks-and-bmx")).StatusCode);
        Assert.Contains((await ManagerHttp.AuditAsync(site, AuditActions.TaxonomyChanged)).Select(a => a.Detail), d => d == "Deleted category \"Skate parks & BMX\"");
    }

    [Fact]
    public async Task Deleting_a_term_in_use_is_refused_with_how_many_services_use_it()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var term = await TermAsync("sexual-health");
        var count = await ServiceCountAsync(term.Id);
        Assert.True(count > 1, "the seed should have several sexual health services");
        var expected = $"You cannot delete Sexual health because {count} services use it.";

        var page = await HtmlPage.GetAsync(client, $"/editor/taxonomy/{term.Id}/delete");
        Assert.Contains(expected, HtmlPage.Normalise(page.Main.QuerySelector("#delete-refused")!.TextContent));
        Assert.Null(page.Main.QuerySelector("form[method=post] button.govuk-button--warning"));

        // The button is not there, but a post made anyway (an old tab) must still be refused.
        var token = await TokenFromAsync(client, "/editor/taxonomy/add/category");
        var response = await client.PostAsync($"/editor/taxonomy/{term.Id}/delete", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(expected, HtmlPage.Normalise(await response.Content.ReadAsStringAsync()));
        Assert.NotNull(await FindTermAsync("sexual-health"));
        Assert.Equal(count, await ServiceCountAsync(term.Id));

        var parent = await TermAsync("activities");
        var parentPage = await HtmlPage.GetAsync(client, $"/editor/taxonomy/{parent.Id}/delete");
        Assert.Contains("because", parentPage.Main.QuerySelector("#delete-refused")!.TextContent);
    }

    [Fact]
    public async Task Invalid_changes_show_the_error_summary_and_save_nothing()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var before = await FeedLengthAsync();

        var empty = await EditorAccounts.PostFormAsync(client, "/editor/taxonomy/add/need", "form[method=post]", new Dictionary<string, string> { ["Input.Name"] = "" });
        var emptyPage = await ManagerHttp.ReadAsync(empty);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Enter a name for the need", emptyPage.ErrorSummary);
        Assert.StartsWith("Error:", emptyPage.Document.Title);
        Assert.NotNull(emptyPage.Main.QuerySelector(".govuk-form-group--error #name"));

        var duplicate = await EditorAccounts.PostFormAsync(client, "/editor/taxonomy/add/category", "form[method=post]", new Dictionary<string, string>
        {
            ["Input.Name"] = "Another camhs",
            ["Input.Slug"] = "camhs",
        });
        Assert.Contains("There is already a category with the slug camhs", (await ManagerHttp.ReadAsync(duplicate)).ErrorSummary);

        var activities = await TermAsync("activities");
        var health = await TermAsync("health");
        var nested = await EditorAccounts.PostFormAsync(client, $"/editor/taxonomy/{activities.Id}", "form[method=post]", new Dictionary<string, string>
        {
            ["Input.ParentId"] = health.Id.ToString(),
        });
        Assert.Contains("Activities and clubs has categories under it", (await ManagerHttp.ReadAsync(nested)).ErrorSummary);
        Assert.Null((await TermAsync("activities")).ParentId);
        Assert.Equal(before, await FeedLengthAsync());
    }

    [Fact]
    public async Task Saving_over_someone_elses_change_is_refused_with_what_they_saved_and_keeps_what_was_typed()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var term = await TermAsync("early-years");
        var url = $"/editor/taxonomy/{term.Id}";
        var form = await ManagerHttp.LoadFormAsync(client, url);

        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            (await db.TaxonomyTerms.SingleAsync(t => t.Id == term.Id)).Name = "Early years (changed by someone else)";
            await db.SaveChangesAsync();
        }

        var response = await ManagerHttp.PostLoadedFormAsync(client, url, form, new Dictionary<string, string> { ["Input.Name"] = "Early years and nurseries" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ManagerHttp.ReadAsync(response);
        Assert.Contains("Someone else changed this category while you were editing it. It is now called Early years (changed by someone else)", page.ErrorSummary);
        Assert.Equal("Early years and nurseries", page.Main.QuerySelector("#name")!.GetAttribute("value"));
        Assert.Equal("Early years (changed by someone else)", (await TermAsync("early-years")).Name);

        // Saving again from the refreshed form is a deliberate choice, and goes through.
        var again = await EditorAccounts.PostFormAsync(client, url, "form[method=post]", new Dictionary<string, string> { ["Input.Name"] = "Early years and nurseries" });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Early years and nurseries", (await TermAsync("early-years")).Name);
    }

    [Fact]
    public async Task The_edit_form_says_the_slug_and_address_stay_the_same()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var term = await TermAsync("drugs-and-alcohol");

        var page = await HtmlPage.GetAsync(client, $"/editor/taxonomy/{term.Id}");

        Assert.Null(page.Main.QuerySelector("input[name='Input.Slug']"));
        Assert.Contains("/categories/drugs-and-alcohol stays the same", HtmlPage.Normalise(page.Main.TextContent));
        Assert.Equal(term.Name, page.Main.QuerySelector("#name")!.GetAttribute("value"));
        Assert.Equal(term.ParentId.ToString(), page.Main.QuerySelector("#parent option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Unknown_terms_and_kinds_are_not_found()
    {
        var client = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/editor/taxonomy/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/editor/taxonomy/add/colour")).StatusCode);
    }

    private static async Task<string> TokenFromAsync(HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        return page.Main.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
    }

    private async Task<TaxonomyTerm> TermAsync(string slug) =>
        await FindTermAsync(slug) ?? throw new InvalidOperationException($"No term {slug}");

    private async Task<TaxonomyTerm?> FindTermAsync(string slug)
    {
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            return await db.TaxonomyTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug);
        }
    }

    private async Task<int> ServiceCountAsync(Guid termId)
    {
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            return await db.Services.CountAsync(s => s.Terms.Any(t => t.Id == termId));
        }
    }

    private async Task<long> FeedLengthAsync()
    {
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            return await db.ContentChanges.Where(c => c.Kind != ContentChangeKind.Service).CountAsync();
        }
    }
}
