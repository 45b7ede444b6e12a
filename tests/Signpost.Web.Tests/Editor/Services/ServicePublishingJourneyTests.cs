using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Web.Tests.Search;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Services;

/// <summary>The publishing workflow through HTTP, as an editor and a directory manager use it. These tests change the store, so they have their own app.</summary>
public sealed class ServicePublishingJourneyTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    private const string EditorOrganisation = "halton-youth-service";
    private static readonly TimeSpan SearchDeadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task An_editor_creates_and_submits_a_service_and_a_manager_approves_it_onto_the_public_page_and_search()
    {
        await ServiceEditorStore.OrganisationIdAsync(factory, EditorOrganisation, trusted: false);
        var editor = await SignedInClientAsync(factory, Roles.Editor, EditorOrganisation);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var anonymous = factory.CreatePlainClient();

        var created = await PostFormAsync(editor, "/editor/services/new", "form[data-service-form]", new Dictionary<string, string>
        {
            ["Name"] = "Quokka Kayak Club",
            ["Summary"] = "Kayaking on the canal for 12 to 17 year olds.",
            ["Description"] = "We meet at the boathouse.\n\nBring a towel.",
            ["MinimumAge"] = "12",
            ["MaximumAge"] = "17",
            ["AccessRoutes"] = "DropIn",
            ["action"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = ServiceEditorStore.IdFromLocation(created);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/services/quokka-kayak-club")).StatusCode);

        var submitted = await PostFormAsync(editor, $"/editor/services/{id}/edit", "form[data-service-form]", new Dictionary<string, string> { ["action"] = "submit" });
        Assert.Equal($"/editor/services/{id}/edit?done=submitted", submitted.Headers.Location?.OriginalString);

        var queue = await HtmlPage.GetAsync(manager, "/editor/review");
        var item = queue.Document.GetElementById($"service-{id}");
        Assert.NotNull(item);
        Assert.Contains("Quokka Kayak Club", item.TextContent);
        Assert.Contains("Bring a towel.", item.TextContent);

        var approved = await PostFormAsync(manager, "/editor/review", $"#service-{id} form[action='/editor/review?handler=Approve']", new Dictionary<string, string>());
        Assert.Equal("/editor/review?done=approved", approved.Headers.Location?.OriginalString);

        var page = await HtmlPage.GetAsync(anonymous, "/services/quokka-kayak-club");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Quokka Kayak Club", page.Heading);
        await WaitForSearchAsync("q=quokka+kayak", r => r.Results.Any(h => h.Slug == "quokka-kayak-club"), "the approved service to be found");

        var (service, versions) = await ServiceEditorStore.ReadAsync(factory, id);
        Assert.Equal(ContentStatus.Published, service.Status);
        Assert.NotNull(service.ReviewBy);
        Assert.Equal(VersionState.Published, versions.Last().State);
        await AssertAuditedAsync("service:quokka-kayak-club", AuditActions.Saved, AuditActions.Submitted, AuditActions.Approved, AuditActions.Published);
    }

    [Fact]
    public async Task An_edit_to_a_published_service_stays_private_until_approved()
    {
        var (editor, manager, id, slug) = await SeededServiceAsync();
        var anonymous = factory.CreatePlainClient();
        var before = await HtmlPage.GetAsync(anonymous, $"/services/{slug}");

        var saved = await PostFormAsync(editor, $"/editor/services/{id}/edit", "form[data-service-form]", new Dictionary<string, string>
        {
            ["Summary"] = "A changed summary that mentions wombats.",
            ["action"] = "submit",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var during = await HtmlPage.GetAsync(anonymous, $"/services/{slug}");
        Assert.DoesNotContain("wombats", during.Html);
        Assert.Equal(before.Main.QuerySelector("p.govuk-body-l")?.TextContent, during.Main.QuerySelector("p.govuk-body-l")?.TextContent);

        var history = await HtmlPage.GetAsync(editor, $"/editor/services/{id}/history");
        Assert.Contains("Imported", history.Document.GetElementById("versions")!.TextContent);

        var preview = await HtmlPage.GetAsync(editor, $"/editor/services/{id}/preview");
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("wombats", preview.Main.TextContent);
        Assert.Contains("Preview", preview.Document.QuerySelector(".app-preview-banner")!.TextContent);
        Assert.Contains("noindex", preview.Html);

        var queue = await HtmlPage.GetAsync(manager, "/editor/review");
        Assert.Contains("wombats", queue.Document.GetElementById($"service-{id}")!.TextContent);
        await PostFormAsync(manager, "/editor/review", $"#service-{id} form[action='/editor/review?handler=Approve']", new Dictionary<string, string>());

        var after = await HtmlPage.GetAsync(anonymous, $"/services/{slug}");
        Assert.Contains("wombats", after.Main.QuerySelector("p.govuk-body-l")!.TextContent);
        var (_, versions) = await ServiceEditorStore.ReadAsync(factory, id);
        Assert.Equal([VersionState.Superseded, VersionState.Published], versions.Select(v => v.State));
    }

    [Fact]
    public async Task A_rejected_change_shows_its_comment_on_the_editors_dashboard()
    {
        var (editor, manager, id, _) = await SeededServiceAsync();
        await PostFormAsync(editor, $"/editor/services/{id}/edit", "form[data-service-form]", new Dictionary<string, string> { ["ContactPhone"] = "0151 000 1234", ["action"] = "submit" });

        var empty = await PostFormForPageAsync(manager, "/editor/review", $"#service-{id} form[action='/editor/review?handler=Reject']", new Dictionary<string, string> { ["comment"] = "" });
        Assert.Contains("Say why", empty.ErrorSummary);
        Assert.Equal(VersionState.InReview, (await ServiceEditorStore.ReadAsync(factory, id)).Versions.Last().State);

        var rejected = await PostFormAsync(manager, "/editor/review", $"#service-{id} form[action='/editor/review?handler=Reject']", new Dictionary<string, string> { ["comment"] = "Please check the phone number with reception." });
        Assert.Equal("/editor/review?done=rejected", rejected.Headers.Location?.OriginalString);

        var dashboard = await HtmlPage.GetAsync(editor, "/editor");
        var drafts = dashboard.Document.GetElementById("my-drafts-section")!.TextContent;
        Assert.Contains("Please check the phone number with reception.", drafts);
        Assert.Contains("Sent back", drafts);
    }

    [Fact]
    public async Task Withdraw_removes_the_public_page_and_search_hit_and_restore_brings_them_back()
    {
        var (_, manager, id, slug) = await SeededServiceAsync();
        var anonymous = factory.CreatePlainClient();
        var name = (await ServiceEditorStore.ReadAsync(factory, id)).Service.Name;
        var query = "q=" + Uri.EscapeDataString(name);
        await WaitForSearchAsync(query, r => r.Results.Any(h => h.Slug == slug), "the service to be found before withdrawal");

        var withdrawn = await PostFormAsync(manager, $"/editor/services/{id}/edit", "#withdraw", new Dictionary<string, string>());
        Assert.Equal($"/editor/services/{id}/edit?done=withdrawn", withdrawn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/services/{slug}")).StatusCode);
        await WaitForSearchAsync(query, r => r.Results.All(h => h.Slug != slug), "the withdrawn service to leave search");

        var restored = await PostFormAsync(manager, $"/editor/services/{id}/edit", "#restore", new Dictionary<string, string>());
        Assert.Equal($"/editor/services/{id}/edit?done=restored", restored.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/services/{slug}")).StatusCode);
        await WaitForSearchAsync(query, r => r.Results.Any(h => h.Slug == slug), "the restored service to be found again");
        await AssertAuditedAsync($"service:{slug}", AuditActions.Withdrawn, AuditActions.Restored);
    }

    [Fact]
    public async Task Rolling_back_makes_a_new_draft_equal_to_the_old_version()
    {
        var (editor, _, id, _) = await SeededServiceAsync();
        await PostFormAsync(editor, $"/editor/services/{id}/edit", "form[data-service-form]", new Dictionary<string, string> { ["Summary"] = "Second summary for the rollback test.", ["action"] = "save" });
        await PostFormAsync(editor, $"/editor/services/{id}/edit", "form[data-service-form]", new Dictionary<string, string> { ["Summary"] = "Third summary for the rollback test.", ["action"] = "save" });

        var versionPage = await HtmlPage.GetAsync(editor, $"/editor/services/{id}/versions/2");
        Assert.Contains("Second summary for the rollback test.", versionPage.Main.TextContent);
        var rolledBack = await PostFormAsync(editor, $"/editor/services/{id}/versions/2", "#rollback", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, rolledBack.StatusCode);

        var (_, versions) = await ServiceEditorStore.ReadAsync(factory, id);
        Assert.Equal(4, versions.Count);
        Assert.Equal(VersionState.Draft, versions[3].State);
        Assert.True(ServiceSnapshot.FromJson(versions[3].Snapshot).SameAs(ServiceSnapshot.FromJson(versions[1].Snapshot)));
        Assert.Equal("Rolled back to version 2", versions[3].Comment);
    }

    [Fact]
    public async Task A_published_slug_change_answers_301_from_the_old_address()
    {
        var (_, manager, id, slug) = await SeededServiceAsync();
        var newSlug = slug + "-renamed";
        var published = await PostFormAsync(manager, $"/editor/services/{id}/edit", "form[data-service-form]", new Dictionary<string, string> { ["Slug"] = newSlug, ["action"] = "publish" });
        Assert.Equal($"/editor/services/{id}/edit?done=published", published.Headers.Location?.OriginalString);

        var anonymous = factory.CreatePlainClient();
        var old = await anonymous.GetAsync($"/services/{slug}?audience=young-people");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/services/{newSlug}?audience=young-people", old.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/services/{newSlug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/services/no-such-service-ever")).StatusCode);
    }

    [Fact]
    public async Task Two_editors_saving_from_the_same_base_give_the_second_a_conflict_page_with_their_input_kept()
    {
        var (first, _, id, _) = await SeededServiceAsync();
        var second = await SignedInClientAsync(factory, Roles.Editor, EditorOrganisation);
        var secondPage = await HtmlPage.GetAsync(second, $"/editor/services/{id}/edit");
        var secondValues = FormValues(secondPage.Document.QuerySelector("form[data-service-form]")!);

        await PostFormAsync(first, $"/editor/services/{id}/edit", "form[data-service-form]", new Dictionary<string, string> { ["Summary"] = "The first editor's summary wins the race.", ["action"] = "save" });

        secondValues.RemoveAll(v => v.Key == "Summary");
        secondValues.Add(new("Summary", "The second editor's summary must not be lost."));
        secondValues.Add(new("action", "save"));
        var conflict = await ReadPageAsync(await second.PostAsync($"/editor/services/{id}/edit", new FormUrlEncodedContent(secondValues)));

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("Someone else saved this service while you were editing", conflict.Document.GetElementById("conflict")!.TextContent);
        Assert.Contains("The first editor's summary wins the race.", conflict.Main.TextContent);
        Assert.Equal("The second editor's summary must not be lost.", conflict.Document.GetElementById("Summary")!.TextContent);
        var (_, versions) = await ServiceEditorStore.ReadAsync(factory, id);
        Assert.Equal(2, versions.Count);
        Assert.Equal(versions[1].Number.ToString(), conflict.Document.QuerySelector("input[name=BaseVersion]")!.GetAttribute("value"));

        // Saving again from the conflict page is a deliberate overwrite, and works.
        var again = await second.PostAsync($"/editor/services/{id}/edit", new FormUrlEncodedContent(FormValues(conflict.Document.QuerySelector("form[data-service-form]")!).Append(new("action", "save"))));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("The second editor's summary must not be lost.", ServiceSnapshot.FromJson((await ServiceEditorStore.ReadAsync(factory, id)).Versions.Last().Snapshot).Summary);
    }

    [Fact]
    public async Task A_forged_post_without_an_antiforgery_token_is_refused_and_changes_nothing()
    {
        var (_, manager, id, _) = await SeededServiceAsync();
        var before = await ServiceEditorStore.StateOfAsync(factory, id);

        var withdraw = await ServiceEditorStore.PostAsync(manager, $"/editor/services/{id}/edit?handler=Withdraw", token: null, []);
        var save = await ServiceEditorStore.PostAsync(manager, $"/editor/services/{id}/edit", token: null, [new("Name", "Forged"), new("Summary", "Forged."), new("Description", "Forged."), new("action", "publish")]);

        Assert.Equal(HttpStatusCode.BadRequest, withdraw.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        Assert.Equal(before, await ServiceEditorStore.StateOfAsync(factory, id));
    }

    [Fact]
    public async Task Summary_longer_than_a_sentence_is_refused_with_a_clear_message()
    {
        var (editor, _, id, _) = await SeededServiceAsync();
        var page = await PostFormForPageAsync(editor, $"/editor/services/{id}/edit", "form[data-service-form]", new Dictionary<string, string>
        {
            ["Summary"] = "One sentence. Then another one.",
            ["action"] = "save",
        });

        Assert.Contains("Summary must be one sentence", page.ErrorSummary);
        Assert.Equal("One sentence. Then another one.", page.Document.GetElementById("Summary")!.TextContent);
        Assert.Empty((await ServiceEditorStore.ReadAsync(factory, id)).Versions);
    }

    [Fact]
    public async Task An_editor_sees_only_their_own_organisations_services_and_cannot_open_another_by_url()
    {
        var editor = await SignedInClientAsync(factory, Roles.Editor, EditorOrganisation);
        var ownId = await ServiceEditorStore.OrganisationIdAsync(factory, EditorOrganisation);
        var (scope, db) = factory.OpenStore();
        Guid otherService;
        List<string> ownNames;
        await using (scope)
        {
            otherService = await db.Services.Where(s => s.OrganisationId != ownId && s.Status == ContentStatus.Published).Select(s => s.Id).FirstAsync();
            ownNames = await db.Services.Where(s => s.OrganisationId == ownId).Select(s => s.Name).ToListAsync();
        }

        var list = await HtmlPage.GetAsync(editor, "/editor/services");
        var listed = list.Document.GetElementById("services")!.QuerySelectorAll("tbody a").Select(a => a.TextContent).ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, name => Assert.Contains(name, ownNames));
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/editor/services/{otherService}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/editor/services/{otherService}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/editor/services/{otherService}/preview")).StatusCode);
    }

    /// <summary>A seeded, published service of the editor's organisation that no other test touches, with an editor and a manager signed in.</summary>
    private async Task<(HttpClient Editor, HttpClient Manager, Guid Id, string Slug)> SeededServiceAsync()
    {
        var organisationId = await ServiceEditorStore.OrganisationIdAsync(factory, EditorOrganisation, trusted: false);
        var id = await ServiceEditorStore.CreateServiceAsync(factory, organisationId, ContentStatus.Published);
        var slug = (await ServiceEditorStore.ReadAsync(factory, id)).Service.Slug;
        return (await SignedInClientAsync(factory, Roles.Editor, EditorOrganisation), await SignedInClientAsync(factory, Roles.DirectoryManager), id, slug);
    }

    private async Task AssertAuditedAsync(string target, params string[] actions)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var recorded = await db.AuditLog.AsNoTracking().Where(e => e.Target == target).Select(e => e.Action).ToListAsync();
        Assert.All(actions, action => Assert.Contains(action, recorded));
    }

    private async Task WaitForSearchAsync(string query, Func<ApiSearchResponse, bool> done, string what)
    {
        var api = new SearchApiClient(factory.CreatePlainClient());
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var response = await api.SearchAsync(query);
            if (done(response))
            {
                return;
            }

            Assert.True(watch.Elapsed < SearchDeadline, $"Waited {SearchDeadline.TotalSeconds} s for {what}; {query} gives {response.Describe()}");
            await Task.Delay(50);
        }
    }
}
