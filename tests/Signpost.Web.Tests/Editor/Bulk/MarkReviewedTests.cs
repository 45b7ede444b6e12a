using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Core.Rules;
using Signpost.Web.Tests.Editor.Scheduling;
using Signpost.Web.Tests.Editor.Services;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Bulk;

/// <summary>Bulk "mark reviewed" on /editor/services: per-item permission, no new version, and the public out-of-date notice follows.</summary>
public sealed class MarkReviewedTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    private const string EditorOrganisation = "halton-youth-service";
    private const string OtherOrganisation = "halton-family-hubs";
    private const string OutOfDate = "This information may be out of date";

    [Fact]
    public async Task An_editor_marks_their_listings_reviewed_and_a_forged_id_from_another_organisation_is_refused_and_unchanged()
    {
        var today = UkTime.Today(TimeProvider.System);
        var own = await ServiceEditorStore.OrganisationIdAsync(factory, EditorOrganisation, trusted: false);
        var other = await ServiceEditorStore.OrganisationIdAsync(factory, OtherOrganisation);
        var stale = await ServiceAsync(own, today.AddYears(-1), VersionState.Published);
        var second = await ServiceAsync(own, today.AddDays(5));
        var foreign = await ServiceAsync(other, today.AddYears(-1));
        var anonymous = factory.CreatePlainClient();
        var staleSlug = (await ServiceEditorStore.ReadAsync(factory, stale)).Service.Slug;
        Assert.Contains(OutOfDate, (await HtmlPage.GetAsync(anonymous, $"/services/{staleSlug}")).Main.TextContent);
        var foreignBefore = await ServiceEditorStore.ReadAsync(factory, foreign);
        var editor = await SignedInClientAsync(factory, Roles.Editor, EditorOrganisation);

        var list = await HtmlPage.GetAsync(editor, "/editor/services");
        Assert.NotNull(list.Document.GetElementById($"select-{stale}"));
        Assert.Null(list.Document.GetElementById($"select-{foreign}"));

        var page = await ReadPageAsync(await ServiceEditorStore.PostAsync(editor, "/editor/services?handler=MarkReviewed", await ServiceEditorStore.AntiforgeryTokenAsync(editor),
            [new("ids", stale.ToString()), new("ids", second.ToString()), new("ids", foreign.ToString())]));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Marked 2 services as reviewed", page.Document.GetElementById("marked")!.TextContent);
        Assert.Contains($"{foreignBefore.Service.Name} was not marked as reviewed", page.ErrorSummary);
        foreach (var id in new[] { stale, second })
        {
            var (service, versions) = await ServiceEditorStore.ReadAsync(factory, id);
            Assert.Equal(today, service.LastReviewed);
            Assert.Equal(today.AddMonths(12), service.ReviewBy);
            Assert.True(versions.Count <= 1);
        }

        var foreignAfter = await ServiceEditorStore.ReadAsync(factory, foreign);
        Assert.Equal(foreignBefore.Service.ReviewBy, foreignAfter.Service.ReviewBy);
        Assert.Equal(foreignBefore.Service.LastReviewed, foreignAfter.Service.LastReviewed);

        // Not a new version: the one version stays, and carries the new date so publishing it later cannot put the old one back.
        var staleVersions = (await ServiceEditorStore.ReadAsync(factory, stale)).Versions;
        Assert.Equal(today.AddMonths(12), ServiceSnapshot.FromJson(Assert.Single(staleVersions).Snapshot).ReviewBy);
        Assert.DoesNotContain(OutOfDate, (await HtmlPage.GetAsync(anonymous, $"/services/{staleSlug}")).Main.TextContent);
        await using var store = new StoreScope(factory);
        Assert.True(await store.Db.AuditLog.AnyAsync(e => e.Action == AuditActions.MarkedReviewed && e.Target == $"service:{staleSlug}" && e.UserId != null));
        Assert.False(await store.Db.AuditLog.AnyAsync(e => e.Action == AuditActions.MarkedReviewed && e.Target == $"service:{foreignBefore.Service.Slug}"));
    }

    [Fact]
    public async Task A_manager_gets_checkboxes_only_when_the_list_is_filtered_to_one_organisation()
    {
        var organisationId = await ServiceEditorStore.OrganisationIdAsync(factory, EditorOrganisation);
        var id = await ServiceAsync(organisationId, UkTime.Today(TimeProvider.System).AddDays(-1));
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);

        Assert.Null((await HtmlPage.GetAsync(manager, "/editor/services")).Document.GetElementById("mark-reviewed-form"));

        var url = $"/editor/services?organisation={organisationId}&q={Uri.EscapeDataString((await ServiceEditorStore.ReadAsync(factory, id)).Service.Name)}";
        var response = await PostFormAsync(manager, url, "#mark-reviewed-form", new Dictionary<string, string> { ["ids"] = id.ToString() });
        var page = await ReadPageAsync(response);
        Assert.Contains("Marked 1 service as reviewed", page.Document.GetElementById("marked")!.TextContent);
        Assert.Equal(UkTime.Today(TimeProvider.System).AddMonths(12), (await ServiceEditorStore.ReadAsync(factory, id)).Service.ReviewBy);
    }

    [Fact]
    public async Task Nothing_selected_says_so()
    {
        var editor = await SignedInClientAsync(factory, Roles.Editor, EditorOrganisation);
        var page = await PostFormForPageAsync(editor, "/editor/services", "#mark-reviewed-form", new Dictionary<string, string>());
        Assert.Contains("Select the services you have checked", page.ErrorSummary);
    }

    [Fact]
    public async Task A_forged_post_without_a_token_is_refused_and_a_participation_officer_is_forbidden()
    {
        var organisationId = await ServiceEditorStore.OrganisationIdAsync(factory, EditorOrganisation);
        var id = await ServiceAsync(organisationId, UkTime.Today(TimeProvider.System).AddYears(-1));
        var before = await ServiceEditorStore.ReadAsync(factory, id);
        var editor = await SignedInClientAsync(factory, Roles.Editor, EditorOrganisation);
        var officer = await SignedInClientAsync(factory, Roles.ParticipationOfficer);

        var forged = await ServiceEditorStore.PostAsync(editor, "/editor/services?handler=MarkReviewed", token: null, [new("ids", id.ToString())]);
        var refused = await ServiceEditorStore.PostAsync(officer, "/editor/services?handler=MarkReviewed", await ServiceEditorStore.AntiforgeryTokenAsync(officer), [new("ids", id.ToString())]);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var after = await ServiceEditorStore.ReadAsync(factory, id);
        Assert.Equal(before.Service.ReviewBy, after.Service.ReviewBy);
        Assert.Equal(before.Service.LastReviewed, after.Service.LastReviewed);
    }

    private async Task<Guid> ServiceAsync(Guid organisationId, DateOnly reviewBy, params VersionState[] versions)
    {
        var id = await ServiceEditorStore.CreateServiceAsync(factory, organisationId, ContentStatus.Published, versions);
        await using var store = new StoreScope(factory);
        var service = await store.Db.Services.SingleAsync(s => s.Id == id);
        service.ReviewBy = reviewBy;
        foreach (var version in await store.Db.ContentVersions.Where(v => v.ContentId == id).ToListAsync())
        {
            version.Snapshot = (ServiceSnapshot.FromJson(version.Snapshot) with { ReviewBy = reviewBy }).ToJson();
        }

        await store.Db.SaveChangesAsync();
        return id;
    }
}
