using System.Net;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Web.Tests.Editor.Organisations;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor;

/// <summary>
/// What the organisation and venue previews share: who may see them, the links to them, and the
/// page for an item no published service uses. Each kind's class says how to make one of its items.
/// </summary>
public abstract class ServiceUsePreviewTests(SignpostWebFactory factory)
{
    protected SignpostWebFactory Factory => factory;

    /// <summary>The kind's part of the editor's addresses: "organisations" or "locations".</summary>
    protected abstract string KindPath { get; }

    /// <summary>The kind as the preview's sentences name it.</summary>
    protected abstract string KindName { get; }

    /// <summary>An item of the kind that the owner's editors may change.</summary>
    protected abstract Task<Guid> ItemOwnedByAsync(Organisation owner);

    /// <summary>An item of the kind that no published service uses, and its name.</summary>
    protected abstract Task<(Guid Id, string Name)> UnusedItemAsync();

    /// <summary>Checks the page is a preview no search engine keeps, of that version, and gives the banner's words.</summary>
    protected static string PreviewBanner(HtmlPage preview, int version)
    {
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("noindex", preview.Document.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var banner = HtmlPage.Normalise(preview.Document.QuerySelector(".app-preview-banner")!.TextContent);
        Assert.Contains("Preview: this is not live", banner);
        Assert.Contains($"This is a preview of version {version} ", banner);
        return banner;
    }

    [Fact]
    public async Task The_edit_history_and_version_pages_link_to_the_preview()
    {
        var (id, _) = await UnusedItemAsync();
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var preview = $"/editor/{KindPath}/{id}/preview";

        foreach (var page in new[] { "edit", "history", "versions/1" })
        {
            var shown = await HtmlPage.GetAsync(manager, $"/editor/{KindPath}/{id}/{page}");
            Assert.NotNull(shown.Main.QuerySelector($"a[href='{preview}']"));
        }

        Assert.NotNull((await HtmlPage.GetAsync(manager, $"/editor/{KindPath}/{id}/versions/1")).Main.QuerySelector($"a[href='{preview}?version=1']"));
    }

    [Fact]
    public async Task With_no_published_service_the_preview_says_so_and_shows_the_item_as_a_service_page_would()
    {
        var (id, name) = await UnusedItemAsync();
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);

        var preview = await HtmlPage.GetAsync(manager, $"/editor/{KindPath}/{id}/preview");

        PreviewBanner(preview, version: 1);
        Assert.Contains($"No published service uses this {KindName}", preview.Main.TextContent);
        Assert.Contains(name, preview.Document.GetElementById("preview-summary")!.TextContent);
        Assert.Null(preview.Document.GetElementById("preview-service"));
    }

    [Fact]
    public async Task Other_organisations_editors_are_refused_nobody_signed_in_is_sent_to_sign_in_and_unknown_ids_are_not_found()
    {
        var id = await ItemOwnedByAsync(await OrganisationEditorStore.CreateAsync(factory));
        var other = await OrganisationEditorStore.CreateAsync(factory);
        var otherEditor = await SignedInClientAsync(factory, Roles.Editor, other.Slug);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var url = $"/editor/{KindPath}/{id}/preview";

        Assert.Equal(HttpStatusCode.Forbidden, (await otherEditor.GetAsync(url)).StatusCode);
        var anonymous = await CreateClient(factory).GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", RedirectTarget(anonymous), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/editor/{KindPath}/{Guid.NewGuid()}/preview")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"{url}?version=99")).StatusCode);
    }
}
