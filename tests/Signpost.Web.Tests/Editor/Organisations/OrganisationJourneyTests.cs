using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Web.Tests.Editor.Services;
using Signpost.Web.Tests.Search;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Organisations;

/// <summary>The organisations workflow through HTTP. These tests change the store, so they have their own app.</summary>
public sealed class OrganisationJourneyTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    private static readonly TimeSpan SearchDeadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task An_editors_rename_waits_for_review_then_every_service_of_the_organisation_is_found_by_the_new_name()
    {
        const string slug = "halton-ymca";
        var id = await ServiceEditorStore.OrganisationIdAsync(factory, slug, trusted: false);
        var editor = await SignedInClientAsync(factory, Roles.Editor, slug);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var serviceSlug = await PublishedServiceOfAsync(id);

        var submitted = await PostFormAsync(editor, $"/editor/organisations/{id}/edit", "form[data-organisation-form]", new Dictionary<string, string>
        {
            ["Name"] = "Quokka Community Trust",
            ["action"] = "submit",
        });
        Assert.Equal($"/editor/organisations/{id}/edit?done=submitted", RedirectTarget(submitted));
        Assert.NotEqual("Quokka Community Trust", (await OrganisationEditorStore.ReadAsync(factory, id)).Organisation!.Name);

        var waiting = await HtmlPage.GetAsync(manager, "/editor/organisations?state=in-review");
        Assert.NotNull(waiting.Document.GetElementById($"organisation-{id}"));
        var review = await HtmlPage.GetAsync(manager, $"/editor/organisations/{id}/versions/2");
        Assert.Contains("Quokka Community Trust", review.Main.QuerySelector(".app-diff")!.TextContent);
        var approved = await PostFormAsync(manager, $"/editor/organisations/{id}/versions/2", "#approve", new Dictionary<string, string>());
        Assert.Equal("/editor/organisations?state=in-review&done=approved", RedirectTarget(approved));

        Assert.Equal("Quokka Community Trust", (await OrganisationEditorStore.ReadAsync(factory, id)).Organisation!.Name);
        var api = new SearchApiClient(factory.CreatePlainClient());
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var found = await api.SearchAsync("q=quokka+community+trust");
            if (found.Results.Any(r => r.Slug == serviceSlug))
            {
                break;
            }

            Assert.True(watch.Elapsed < SearchDeadline, $"Waited {SearchDeadline.TotalSeconds} s for {serviceSlug} under the new name; got {found.Describe()}");
            await Task.Delay(50);
        }

        var page = await HtmlPage.GetAsync(factory.CreatePlainClient(), $"/services/{serviceSlug}");
        Assert.Contains("Quokka Community Trust", page.Main.TextContent);
        await AssertAuditedAsync($"organisation:{slug}", AuditActions.Saved, AuditActions.Submitted, AuditActions.Approved, AuditActions.Published);
    }

    [Fact]
    public async Task A_trusted_organisations_editor_publishes_without_review_and_sees_only_their_own()
    {
        var own = await OrganisationEditorStore.CreateAsync(factory, trusted: true);
        var other = await OrganisationEditorStore.CreateAsync(factory);
        var editor = await SignedInClientAsync(factory, Roles.Editor, own.Slug);

        var list = await HtmlPage.GetAsync(editor, "/editor/organisations");
        Assert.NotNull(list.Document.GetElementById($"organisation-{own.Id}"));
        Assert.Null(list.Document.GetElementById($"organisation-{other.Id}"));
        Assert.Null(list.Main.QuerySelector("a[href='/editor/organisations/new']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/editor/organisations/{other.Id}/edit")).StatusCode);

        var edit = await HtmlPage.GetAsync(editor, $"/editor/organisations/{own.Id}/edit");
        Assert.Null(edit.Document.GetElementById("IsTrusted"));
        var published = await PostFormAsync(editor, $"/editor/organisations/{own.Id}/edit", "form[data-organisation-form]", new Dictionary<string, string>
        {
            ["Phone"] = "0151 000 1234",
            ["Website"] = "https://quokka.example.org",
            ["action"] = "publish",
        });
        Assert.Equal($"/editor/organisations/{own.Id}/edit?done=published", RedirectTarget(published));
        var (organisation, versions) = await OrganisationEditorStore.ReadAsync(factory, own.Id);
        Assert.Equal("0151 000 1234", organisation!.Phone);
        Assert.Equal([VersionState.Superseded, VersionState.Published], versions.Select(v => v.State));
    }

    [Fact]
    public async Task Only_managers_see_and_change_trust_and_a_forged_trust_field_is_refused()
    {
        var organisation = await OrganisationEditorStore.CreateAsync(factory);
        var editor = await SignedInClientAsync(factory, Roles.Editor, organisation.Slug);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var before = await OrganisationEditorStore.StateOfAsync(factory, organisation.Id);

        var token = await ServiceEditorStore.AntiforgeryTokenAsync(editor);
        var forged = await ServiceEditorStore.PostAsync(editor, $"/editor/organisations/{organisation.Id}/edit", token,
            [new("Name", organisation.Name), new("Type", "Voluntary"), new("BaseVersion", "1"), new("IsTrusted", "true"), new("action", "save")]);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(before, await OrganisationEditorStore.StateOfAsync(factory, organisation.Id));

        var trusted = await PostFormAsync(manager, $"/editor/organisations/{organisation.Id}/edit", "form[data-organisation-form]", new Dictionary<string, string>
        {
            ["IsTrusted"] = "true",
            ["action"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, trusted.StatusCode);
        Assert.True((await OrganisationEditorStore.ReadAsync(factory, organisation.Id)).Organisation!.IsTrusted);
        await AssertAuditedAsync($"organisation:{organisation.Slug}", AuditActions.TrustChanged);

        // An unticked box sends no IsTrusted field, only the marker that the box was there: trust is taken away.
        var managerToken = await ServiceEditorStore.AntiforgeryTokenAsync(manager);
        var untrusted = await ServiceEditorStore.PostAsync(manager, $"/editor/organisations/{organisation.Id}/edit", managerToken,
            [new("Name", organisation.Name), new("Type", "Voluntary"), new("BaseVersion", "2"), new("TrustShown", "true"), new("action", "save")]);
        Assert.Equal(HttpStatusCode.Redirect, untrusted.StatusCode);
        Assert.False((await OrganisationEditorStore.ReadAsync(factory, organisation.Id)).Organisation!.IsTrusted);
    }

    [Fact]
    public async Task Managers_create_organisations_and_editors_cannot()
    {
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var editor = await SignedInClientAsync(factory, Roles.Editor);

        var created = await PostFormAsync(manager, "/editor/organisations/new", "form[data-organisation-form]", new Dictionary<string, string>
        {
            ["Name"] = "Numbat Youth Project",
            ["Type"] = "Voluntary",
            ["Email"] = "hello@numbat.example.org",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = ServiceEditorStore.IdFromLocation(created);
        var (organisation, versions) = await OrganisationEditorStore.ReadAsync(factory, id);
        Assert.Equal("numbat-youth-project", organisation!.Slug);
        Assert.Equal(VersionState.Draft, Assert.Single(versions).State);

        var duplicate = await PostFormForPageAsync(manager, "/editor/organisations/new", "form[data-organisation-form]", new Dictionary<string, string> { ["Name"] = "Numbat Youth Project", ["Type"] = "Voluntary" });
        Assert.Contains("Another organisation already has this name", duplicate.Document.QuerySelector(".govuk-error-summary")!.TextContent);
        var invalid = await PostFormForPageAsync(manager, "/editor/organisations/new", "form[data-organisation-form]", new Dictionary<string, string> { ["Name"] = "", ["Email"] = "not an email", ["Website"] = "javascript:alert(1)" });
        var summary = invalid.Document.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter the organisation", summary);
        Assert.Contains("Choose what kind of organisation", summary);
        Assert.Contains("Enter an email address", summary);
        Assert.Contains("Enter a website address", summary);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/editor/organisations/new")).StatusCode);
        var token = await ServiceEditorStore.AntiforgeryTokenAsync(editor);
        var refused = await ServiceEditorStore.PostAsync(editor, "/editor/organisations/new", token, [new("Name", "Editor Made Organisation"), new("Type", "Voluntary")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == "Editor Made Organisation"));
    }

    [Fact]
    public async Task The_second_of_two_saves_on_the_same_version_gets_a_conflict_with_its_input_kept()
    {
        var organisation = await OrganisationEditorStore.CreateAsync(factory);
        var first = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var second = await SignedInClientAsync(factory, Roles.Editor, organisation.Slug);
        var token = await ServiceEditorStore.AntiforgeryTokenAsync(second);

        await PostFormAsync(first, $"/editor/organisations/{organisation.Id}/edit", "form[data-organisation-form]", new Dictionary<string, string> { ["Phone"] = "0151 111 1111", ["action"] = "save" });
        var conflict = await ReadPageAsync(await ServiceEditorStore.PostAsync(second, $"/editor/organisations/{organisation.Id}/edit", token,
            [new("Name", organisation.Name), new("Type", "Voluntary"), new("Phone", "0151 222 2222"), new("BaseVersion", "1"), new("action", "save")]));

        Assert.NotNull(conflict.Document.GetElementById("conflict"));
        Assert.Equal("0151 222 2222", conflict.Document.GetElementById("Phone")!.GetAttribute("value"));
        Assert.Contains("0151 111 1111", conflict.Main.QuerySelector(".app-diff")!.TextContent);
        Assert.Equal(2, (await OrganisationEditorStore.ReadAsync(factory, organisation.Id)).Versions.Count);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var organisation = await OrganisationEditorStore.CreateAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var before = await OrganisationEditorStore.StateOfAsync(factory, organisation.Id);

        var forged = await ServiceEditorStore.PostAsync(manager, $"/editor/organisations/{organisation.Id}/edit", null,
            [new("Name", "Forged"), new("Type", "Voluntary"), new("BaseVersion", "1"), new("TrustShown", "true"), new("IsTrusted", "true"), new("action", "publish")]);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, await OrganisationEditorStore.StateOfAsync(factory, organisation.Id));
    }

    private async Task<string> PublishedServiceOfAsync(Guid organisationId)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        return await db.Services.AsNoTracking().Where(s => s.OrganisationId == organisationId && s.Status == ContentStatus.Published).OrderBy(s => s.Slug).Select(s => s.Slug).FirstAsync();
    }

    private async Task AssertAuditedAsync(string target, params string[] actions)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var recorded = await db.AuditLog.AsNoTracking().Where(e => e.Target == target).Select(e => e.Action).ToListAsync();
        Assert.All(actions, action => Assert.Contains(action, recorded));
    }
}
