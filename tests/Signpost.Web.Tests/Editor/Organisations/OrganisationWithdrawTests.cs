using System.Net;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Web.Tests.Editor.Services;
using static Signpost.Web.Tests.Editor.EditorAccounts;
using static Signpost.Web.Tests.Editor.WithdrawChecks;

namespace Signpost.Web.Tests.Editor.Organisations;

/// <summary>Withdrawing and restoring an organisation through HTTP, and what the public and search see. These tests change the store, so they have their own app.</summary>
public sealed class OrganisationWithdrawTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    [Fact]
    public async Task A_manager_withdraws_an_organisation_so_its_services_leave_the_site_and_search_then_restores_them()
    {
        var organisation = await OrganisationEditorStore.CreateAsync(factory, trusted: true);
        var serviceId = await ServiceEditorStore.CreateServiceAsync(factory, organisation.Id, ContentStatus.Published);
        var slug = (await ServiceEditorStore.ReadAsync(factory, serviceId)).Service.Slug;
        var query = $"q={Uri.EscapeDataString(slug.Replace('-', ' '))}";
        var edit = $"/editor/organisations/{organisation.Id}/edit";
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var site = factory.CreatePlainClient();
        await SearchUntilAsync(factory, query, r => r.Results.Any(x => x.Slug == slug), $"{slug} before the withdrawal");

        await WithdrawAsync(manager, edit, "all its services off the public site and search");

        Assert.Equal(ContentStatus.Withdrawn, (await OrganisationEditorStore.ReadAsync(factory, organisation.Id)).Organisation!.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync($"/services/{slug}")).StatusCode);
        Assert.DoesNotContain(slug, await site.GetStringAsync("/sitemap.xml"));
        await SearchUntilAsync(factory, query, r => r.Results.All(x => x.Slug != slug), $"{slug} to leave search");
        await AssertShownWithdrawnAsync(manager, edit, $"/editor/organisations?q={Uri.EscapeDataString(organisation.Name)}", $"organisation-{organisation.Id}");
        var newService = await HtmlPage.GetAsync(manager, "/editor/services/new");
        Assert.Null(newService.Document.QuerySelector($"#OrganisationId option[value='{organisation.Id}']"));
        var current = await HtmlPage.GetAsync(manager, $"/editor/services/{serviceId}/edit");
        Assert.Contains("(withdrawn)", current.Document.QuerySelector($"#OrganisationId option[value='{organisation.Id}']")!.TextContent);

        await RestoreAsync(manager, edit);
        Assert.Equal(HttpStatusCode.OK, (await site.GetAsync($"/services/{slug}")).StatusCode);
        await SearchUntilAsync(factory, query, r => r.Results.Any(x => x.Slug == slug), $"{slug} back in search");
        await AssertAuditedAsync(factory, $"organisation:{organisation.Slug}", AuditActions.Withdrawn, AuditActions.Restored);
    }

    [Fact]
    public async Task The_organisations_own_trusted_editor_and_a_participation_officer_may_not_withdraw_or_restore_it()
    {
        var organisation = await OrganisationEditorStore.CreateAsync(factory, trusted: true);
        var edit = $"/editor/organisations/{organisation.Id}/edit";
        var editor = await SignedInClientAsync(factory, Roles.Editor, organisation.Slug);
        var officer = await SignedInClientAsync(factory, Roles.ParticipationOfficer);
        var before = await OrganisationEditorStore.StateOfAsync(factory, organisation.Id);

        await AssertRefusedAsync(edit, "Withdraw", editor, officer);
        Assert.Equal(ContentStatus.Published, (await OrganisationEditorStore.ReadAsync(factory, organisation.Id)).Organisation!.Status);

        await WithdrawAsync(await SignedInClientAsync(factory, Roles.DirectoryManager), edit, "all its services");
        await AssertRefusedAsync(edit, "Restore", editor, officer);
        Assert.Equal(ContentStatus.Withdrawn, (await OrganisationEditorStore.ReadAsync(factory, organisation.Id)).Organisation!.Status);
        Assert.Equal(before, await OrganisationEditorStore.StateOfAsync(factory, organisation.Id));
        Assert.DoesNotContain(AuditActions.Restored, await AuditedAsync(factory, $"organisation:{organisation.Slug}"));
    }

    [Fact]
    public async Task A_forged_service_form_cannot_move_a_service_to_a_withdrawn_organisation()
    {
        var withdrawn = await OrganisationEditorStore.CreateAsync(factory);
        var other = await OrganisationEditorStore.CreateAsync(factory);
        var serviceId = await ServiceEditorStore.CreateServiceAsync(factory, other.Id, ContentStatus.Published);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        await WithdrawAsync(manager, $"/editor/organisations/{withdrawn.Id}/edit", "all its services");
        var before = await ServiceEditorStore.StateOfAsync(factory, serviceId);

        var refused = await PostFormForPageAsync(manager, $"/editor/services/{serviceId}/edit", "form[data-service-form]", new Dictionary<string, string>
        {
            ["OrganisationId"] = withdrawn.Id.ToString(),
            ["action"] = "save",
        });

        Assert.Contains("Select the organisation that runs the service", refused.ErrorSummary);
        Assert.Equal(before, await ServiceEditorStore.StateOfAsync(factory, serviceId));
    }
}
