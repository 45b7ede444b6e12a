using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Web.Tests.Editor.Locations;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Organisations;

/// <summary>
/// An organisation has no public page of its own, so its preview is the page of a service it runs
/// with the draft in place of the live organisation. These tests save drafts, so they have their own app.
/// </summary>
public sealed class OrganisationPreviewTests(SignpostWebFactory factory) : ServiceUsePreviewTests(factory), IClassFixture<SignpostWebFactory>
{
    protected override string KindPath => "organisations";

    protected override string KindName => "organisation";

    protected override Task<Guid> ItemOwnedByAsync(Organisation owner) => Task.FromResult(owner.Id);

    protected override async Task<(Guid Id, string Name)> UnusedItemAsync()
    {
        var organisation = await OrganisationEditorStore.CreateAsync(Factory);
        return (organisation.Id, organisation.Name);
    }

    [Fact]
    public async Task A_draft_shows_on_the_real_service_page_while_the_live_page_keeps_the_published_organisation()
    {
        var organisation = await OrganisationEditorStore.CreateAsync(Factory);
        await LocationEditorStore.CreateAsync(Factory, organisation.Id, organisation.Id);
        var services = await ServicesOfAsync(organisation.Id);
        var editor = await SignedInClientAsync(Factory, Roles.Editor, organisation.Slug);
        var saved = await PostFormAsync(editor, $"/editor/organisations/{organisation.Id}/edit", "form[data-organisation-form]", new Dictionary<string, string>
        {
            ["Name"] = "Wallaby Outreach Collective",
            ["Description"] = "Wallabies on Tuesdays.",
            ["Phone"] = "0151 000 4321",
            ["action"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var preview = await HtmlPage.GetAsync(editor, $"/editor/organisations/{organisation.Id}/preview");
        var banner = PreviewBanner(preview, version: 2);
        Assert.Contains($"on the page of {services[0].Name}, one of 2 published services", banner);
        Assert.Equal(services[0].Name, preview.Heading);
        Assert.Equal("Wallaby Outreach Collective", preview.Main.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        Assert.Contains("Wallabies on Tuesdays.", preview.SectionHeading("Who runs it")!.NextElementSibling!.TextContent);
        File.WriteAllText("/tmp/wt-preview-org.html", preview.Html);
        var choices = preview.Document.QuerySelectorAll("#preview-service select[name=service] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(services.Select(s => s.Slug), choices);

        var second = await HtmlPage.GetAsync(editor, $"/editor/organisations/{organisation.Id}/preview?service={services[1].Slug}");
        Assert.Equal(services[1].Name, second.Heading);
        Assert.Equal("Wallaby Outreach Collective", second.Main.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        Assert.NotNull(second.Document.QuerySelector($"#service option[value='{services[1].Slug}'][selected]"));

        var live = await HtmlPage.GetAsync(Factory.CreatePlainClient(), $"/services/{services[0].Slug}");
        Assert.Equal(organisation.Name, live.Main.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        Assert.DoesNotContain("Wallaby", live.Html);

        var first = await HtmlPage.GetAsync(editor, $"/editor/organisations/{organisation.Id}/preview?version=1");
        PreviewBanner(first, version: 1);
        Assert.Equal(organisation.Name, first.Main.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        Assert.DoesNotContain("Wallaby", first.Main.TextContent);
        Assert.Equal(organisation.Name, (await OrganisationEditorStore.ReadAsync(Factory, organisation.Id)).Organisation!.Name);
    }

    private async Task<List<(string Slug, string Name)>> ServicesOfAsync(Guid organisationId)
    {
        var (scope, db) = Factory.OpenStore();
        await using var _ = scope;
        var services = await db.Services.AsNoTracking().Where(s => s.OrganisationId == organisationId).Select(s => new { s.Slug, s.Name }).ToListAsync();
        return services.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => (s.Slug, s.Name)).ToList();
    }
}
