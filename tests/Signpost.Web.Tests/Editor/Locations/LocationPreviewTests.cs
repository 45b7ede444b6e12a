using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Web.Tests.Editor.Organisations;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Locations;

/// <summary>
/// A venue has no public page of its own, so its preview is the page of a service held there with
/// the draft in place of the live venue. These tests save drafts, so they have their own app.
/// </summary>
public sealed class LocationPreviewTests(SignpostWebFactory factory) : ServiceUsePreviewTests(factory), IClassFixture<SignpostWebFactory>
{
    protected override string KindPath => "locations";

    protected override string KindName => "venue";

    protected override async Task<Guid> ItemOwnedByAsync(Organisation owner) => (await LocationEditorStore.CreateAsync(Factory, owner.Id)).Id;

    protected override async Task<(Guid Id, string Name)> UnusedItemAsync()
    {
        var venue = await LocationEditorStore.CreateAsync(Factory);
        return (venue.Id, venue.Name);
    }

    [Fact]
    public async Task A_draft_address_shows_on_the_real_service_page_while_the_live_page_keeps_the_published_one()
    {
        var organisation = await OrganisationEditorStore.CreateAsync(Factory);
        var venue = await LocationEditorStore.CreateAsync(Factory, organisation.Id);
        var service = await ServiceAtAsync(venue.Id);
        var editor = await SignedInClientAsync(Factory, Roles.Editor, organisation.Slug);
        var saved = await PostFormAsync(editor, $"/editor/locations/{venue.Id}/edit", "form[data-location-form]", new Dictionary<string, string>
        {
            ["Address"] = "7 Platypus Parade",
            ["action"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var preview = await HtmlPage.GetAsync(editor, $"/editor/locations/{venue.Id}/preview");
        var banner = PreviewBanner(preview, version: 2);
        Assert.Contains($"on the page of {service.Name}, the one published service that uses this venue", banner);
        Assert.Equal(service.Name, preview.Heading);
        Assert.Equal("7 Platypus Parade, Widnes, WA8 7QE", AddressUnder(preview, venue.Name));
        Assert.Null(preview.Document.GetElementById("preview-service"));

        var live = await HtmlPage.GetAsync(Factory.CreatePlainClient(), $"/services/{service.Slug}");
        Assert.Equal("1 Test Street, Widnes, WA8 7QE", AddressUnder(live, venue.Name));
        Assert.DoesNotContain("Platypus", live.Html);

        var first = await HtmlPage.GetAsync(editor, $"/editor/locations/{venue.Id}/preview?version=1");
        PreviewBanner(first, version: 1);
        Assert.Equal("1 Test Street, Widnes, WA8 7QE", AddressUnder(first, venue.Name));
        Assert.Equal("1 Test Street", (await LocationEditorStore.ReadAsync(Factory, venue.Id)).Location!.Address);
    }

    /// <summary>The address line the service page prints under the venue's name.</summary>
    private static string AddressUnder(HtmlPage page, string venueName) =>
        page.Main.QuerySelectorAll("h3").Single(h => h.TextContent.Trim() == venueName).NextElementSibling!.TextContent.Trim();

    private async Task<(string Slug, string Name)> ServiceAtAsync(Guid venueId)
    {
        var (scope, db) = Factory.OpenStore();
        await using var _ = scope;
        var service = await db.Services.AsNoTracking().Where(s => s.Locations.Any(l => l.Id == venueId)).Select(s => new { s.Slug, s.Name }).SingleAsync();
        return (service.Slug, service.Name);
    }
}
