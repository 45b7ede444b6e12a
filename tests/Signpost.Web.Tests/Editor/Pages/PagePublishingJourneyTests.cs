using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Web.Tests.Editor.Services;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Pages;

/// <summary>The pages workflow through HTTP as a directory manager uses it. These tests change the store, so they have their own app.</summary>
public sealed class PagePublishingJourneyTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    [Fact]
    public async Task A_new_page_is_private_until_a_submission_is_approved_then_shows_under_its_parent()
    {
        var author = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var reviewer = await SignedInClientAsync(factory, Roles.Administrator);
        var anonymous = factory.CreatePlainClient();

        var created = await PostFormAsync(author, "/editor/pages/new", "form[data-page-form]", new Dictionary<string, string>
        {
            ["Title"] = "Wombat walks",
            ["ParentPath"] = "help",
            ["Slug"] = "",
            ["Summary"] = "Where to walk a wombat.",
            ["Body"] = "Walk slowly.\n\n- Bring water",
            ["SortOrder"] = "99",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = ServiceEditorStore.IdFromLocation(created);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/help/wombat-walks")).StatusCode);

        var preview = await HtmlPage.GetAsync(author, $"/editor/pages/{id}/preview");
        Assert.Equal("Wombat walks", preview.Heading);
        Assert.Contains("Bring water", preview.Main.QuerySelector(".app-markdown")!.TextContent);

        var submitted = await PostFormAsync(author, $"/editor/pages/{id}/edit", "form[data-page-form]", new Dictionary<string, string> { ["action"] = "submit" });
        Assert.Equal($"/editor/pages/{id}/edit?done=submitted", RedirectTarget(submitted));

        var waiting = await HtmlPage.GetAsync(reviewer, "/editor/pages?state=in-review");
        Assert.NotNull(waiting.Document.GetElementById($"page-{id}"));
        var approved = await PostFormAsync(reviewer, $"/editor/pages/{id}/versions/2", "#approve", new Dictionary<string, string>());
        Assert.Equal("/editor/pages?state=in-review&done=approved", RedirectTarget(approved));

        var page = await HtmlPage.GetAsync(anonymous, "/help/wombat-walks");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Wombat walks", page.Heading);
        var help = await HtmlPage.GetAsync(anonymous, "/help");
        Assert.NotNull(help.Main.QuerySelector("a[href='/help/wombat-walks']"));

        var (_, versions) = await PageEditorStore.ReadAsync(factory, id);
        Assert.Equal([VersionState.Draft, VersionState.Published], versions.Select(v => v.State));
        await AssertAuditedAsync("page:help/wombat-walks", AuditActions.Saved, AuditActions.Submitted, AuditActions.Approved, AuditActions.Published);
    }

    [Fact]
    public async Task A_rejected_submission_goes_back_with_the_comment_and_nothing_goes_live()
    {
        var seeded = await PageEditorStore.CreatePageAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        await PostFormAsync(manager, $"/editor/pages/{seeded.Id}/edit", "form[data-page-form]", new Dictionary<string, string> { ["Title"] = "Renamed for review", ["action"] = "submit" });

        var empty = await PostFormForPageAsync(manager, $"/editor/pages/{seeded.Id}/versions/2", "#reject", new Dictionary<string, string> { ["comment"] = "" });
        Assert.Contains("Say why the change is sent back", empty.Document.QuerySelector(".govuk-error-summary")!.TextContent);

        var rejected = await PostFormAsync(manager, $"/editor/pages/{seeded.Id}/versions/2", "#reject", new Dictionary<string, string> { ["comment"] = "Keep the old title." });
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var (page, versions) = await PageEditorStore.ReadAsync(factory, seeded.Id);
        Assert.Equal(seeded.Title, page!.Title);
        Assert.Equal(VersionState.Rejected, versions.Last().State);
        Assert.Equal("Keep the old title.", versions.Last().Comment);
        var edit = await HtmlPage.GetAsync(manager, $"/editor/pages/{seeded.Id}/edit");
        Assert.Contains("Keep the old title.", edit.Main.TextContent);
    }

    [Fact]
    public async Task Moving_a_published_page_keeps_its_old_address_working_with_a_301()
    {
        var seeded = await PageEditorStore.CreatePageAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var anonymous = factory.CreatePlainClient();

        var published = await PostFormAsync(manager, $"/editor/pages/{seeded.Id}/edit", "form[data-page-form]", new Dictionary<string, string>
        {
            ["ParentPath"] = "help",
            ["Slug"] = "moved-wombat-page",
            ["action"] = "publish",
        });
        Assert.Equal($"/editor/pages/{seeded.Id}/edit?done=published", RedirectTarget(published));

        var old = await anonymous.GetAsync("/" + seeded.Path);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/help/moved-wombat-page", RedirectTarget(old));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/help/moved-wombat-page")).StatusCode);

        // Withdrawn pages stop answering, their old addresses included; restoring brings both back.
        var withdrawn = await PostFormAsync(manager, $"/editor/pages/{seeded.Id}/edit", "#withdraw", new Dictionary<string, string>());
        Assert.Equal($"/editor/pages/{seeded.Id}/edit?done=withdrawn", RedirectTarget(withdrawn));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/help/moved-wombat-page")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/" + seeded.Path)).StatusCode);
        await PostFormAsync(manager, $"/editor/pages/{seeded.Id}/edit", "#restore", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/help/moved-wombat-page")).StatusCode);
    }

    [Fact]
    public async Task History_shows_every_version_with_a_line_diff_and_rollback_copies_one_as_a_draft()
    {
        var seeded = await PageEditorStore.CreatePageAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        await PostFormAsync(manager, $"/editor/pages/{seeded.Id}/edit", "form[data-page-form]", new Dictionary<string, string>
        {
            ["Body"] = "First paragraph.\n\nA new second paragraph.",
            ["action"] = "publish",
        });

        var history = await HtmlPage.GetAsync(manager, $"/editor/pages/{seeded.Id}/history");
        Assert.Equal(2, history.Document.QuerySelectorAll("#versions tbody tr").Length);
        var version = await HtmlPage.GetAsync(manager, $"/editor/pages/{seeded.Id}/versions/2");
        Assert.Contains("A new second paragraph.", version.Main.QuerySelector("ins.app-diff__line")!.TextContent);
        Assert.Contains("Second paragraph.", version.Main.QuerySelector("del.app-diff__line")!.TextContent);

        var rolledBack = await PostFormAsync(manager, $"/editor/pages/{seeded.Id}/versions/1", "#rollback", new Dictionary<string, string>());
        Assert.Equal($"/editor/pages/{seeded.Id}/edit?done=saved", RedirectTarget(rolledBack));
        var (page, versions) = await PageEditorStore.ReadAsync(factory, seeded.Id);
        Assert.Equal(3, versions.Count);
        Assert.Equal(VersionState.Draft, versions[2].State);
        Assert.Contains("A new second paragraph.", page!.Body);
        Assert.Contains("Second paragraph.", versions[2].Snapshot);
    }

    [Fact]
    public async Task Two_managers_saving_the_same_page_the_second_sees_a_conflict_and_keeps_their_words()
    {
        var seeded = await PageEditorStore.CreatePageAsync(factory);
        var first = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var second = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var token = await ServiceEditorStore.AntiforgeryTokenAsync(second);
        var fields = new Dictionary<string, string>
        {
            ["Title"] = seeded.Title,
            ["Slug"] = seeded.Path,
            ["ParentPath"] = "",
            ["Summary"] = "The second manager summary.",
            ["Body"] = seeded.Body,
            ["SortOrder"] = "0",
            ["BaseVersion"] = "1",
            ["action"] = "save",
        };

        await PostFormAsync(first, $"/editor/pages/{seeded.Id}/edit", "form[data-page-form]", new Dictionary<string, string> { ["Summary"] = "The first manager summary.", ["action"] = "save" });
        var conflict = await ReadPageAsync(await ServiceEditorStore.PostAsync(second, $"/editor/pages/{seeded.Id}/edit", token, fields));

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.NotNull(conflict.Document.GetElementById("conflict"));
        Assert.Equal("The second manager summary.", conflict.Document.GetElementById("Summary")!.TextContent);
        Assert.Equal("2", conflict.Document.QuerySelector("input[name=BaseVersion]")!.GetAttribute("value"));
        var (_, versions) = await PageEditorStore.ReadAsync(factory, seeded.Id);
        Assert.Equal(2, versions.Count);
        Assert.Contains("The first manager summary.", versions[1].Snapshot);
    }

    [Fact]
    public async Task Form_errors_show_in_a_summary_and_nothing_is_saved()
    {
        var seeded = await PageEditorStore.CreatePageAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);

        var page = await PostFormForPageAsync(manager, $"/editor/pages/{seeded.Id}/edit", "form[data-page-form]", new Dictionary<string, string>
        {
            ["Title"] = "",
            ["Slug"] = "help",
            ["SortOrder"] = "first",
            ["action"] = "save",
        });

        var summary = page.Document.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter a title", summary);
        Assert.Contains("Order must be a whole number", summary);
        Assert.Empty((await PageEditorStore.ReadAsync(factory, seeded.Id)).Versions);

        var taken = await PostFormForPageAsync(manager, $"/editor/pages/{seeded.Id}/edit", "form[data-page-form]", new Dictionary<string, string> { ["Slug"] = "privacy", ["action"] = "save" });
        Assert.Contains("Another page already has the address /privacy", taken.Document.QuerySelector(".govuk-error-summary")!.TextContent);
    }

    private async Task AssertAuditedAsync(string target, params string[] actions)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var recorded = await db.AuditLog.AsNoTracking().Where(e => e.Target == target).Select(e => e.Action).ToListAsync();
        Assert.All(actions, action => Assert.Contains(action, recorded));
    }
}
