using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Web.Tests.Editor.Locations;
using Signpost.Web.Tests.Editor.Organisations;
using Signpost.Web.Tests.Editor.Pages;
using Signpost.Web.Tests.Editor.Services;

namespace Signpost.Web.Tests.Editor.Scheduling;

/// <summary>
/// A page, organisation or venue as the scheduling tests use it: how to make one, which form field
/// a change goes in, and where the public side shows that field once it is live.
/// </summary>
public sealed record ScheduledKind(
    ContentKind Kind,
    string Segment,
    string FormSelector,
    string Field,
    Func<SchedulingSiteFactory, Task<(Guid Id, string AuditTarget)>> CreateAsync,
    Func<SchedulingSiteFactory, Guid, Task<string>> PublicTextAsync)
{
    private const string VenueOwner = "halton-speak-out";

    public static ScheduledKind For(string segment) => segment switch
    {
        "pages" => new(ContentKind.Page, segment, "form[data-page-form]", "Body",
            async f => await PageEditorStore.CreatePageAsync(f) is var p ? (p.Id, $"page:{p.Path}") : default,
            async (f, id) => await PublicPageTextAsync(f, $"/{(await PageEditorStore.ReadAsync(f, id)).Page!.Path}")),
        "organisations" => new(ContentKind.Organisation, segment, "form[data-organisation-form]", "Description",
            async f => await OrganisationEditorStore.CreateAsync(f) is var o ? (o.Id, $"organisation:{o.Slug}") : default,
            async (f, id) => (await OrganisationEditorStore.ReadAsync(f, id)).Organisation!.Description),
        "locations" => new(ContentKind.Location, segment, "form[data-location-form]", "Transport",
            async f => await LocationEditorStore.CreateAsync(f, await ServiceEditorStore.OrganisationIdAsync(f, VenueOwner)) is var l ? (l.Id, $"location:{l.Slug}") : default,
            async (f, id) => await PublicPageTextAsync(f, $"/services/{await ServiceAtAsync(f, id)}")),
        _ => throw new ArgumentOutOfRangeException(nameof(segment)),
    };

    public string EditUrl(Guid id) => $"/editor/{Segment}/{id}/edit";

    /// <summary>The form fields of a "Save and publish" with the field changed to <paramref name="text"/>, published at <paramref name="at"/> (or now).</summary>
    public Dictionary<string, string> PublishFields(string text, DateTimeOffset? at)
    {
        var fields = at is { } when ? ScheduleForm.Fields("publishAt", when) : [];
        fields[Field] = text;
        fields["action"] = "publish";
        return fields;
    }

    public async Task<List<ContentVersion>> VersionsAsync(SchedulingSiteFactory factory, Guid id)
    {
        await using var store = new StoreScope(factory);
        return await store.Db.ContentVersions.AsNoTracking().Where(v => v.Kind == Kind && v.ContentId == id).OrderBy(v => v.Number).ToListAsync();
    }

    private static async Task<string> PublicPageTextAsync(SchedulingSiteFactory factory, string url) =>
        (await HtmlPage.GetAsync(factory.CreatePlainClient(), url)).Main.TextContent;

    private static async Task<string> ServiceAtAsync(SchedulingSiteFactory factory, Guid locationId)
    {
        await using var store = new StoreScope(factory);
        return await store.Db.Services.AsNoTracking().Where(s => s.Status == ContentStatus.Published && s.Locations.Any(l => l.Id == locationId)).Select(s => s.Slug).FirstAsync();
    }
}
