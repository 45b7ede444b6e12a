using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Web.Tests.Editor.Services;

/// <summary>Arranges services and versions straight in the store, and reads back what the workflow did.</summary>
public static class ServiceEditorStore
{
    private static readonly HtmlParser Parser = new();

    public static async Task<Guid> OrganisationIdAsync(SignpostWebFactory factory, string slug, bool? trusted = null)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var organisation = await db.Organisations.SingleAsync(o => o.Slug == slug);
        if (trusted is { } value && organisation.IsTrusted != value)
        {
            organisation.IsTrusted = value;
            await db.SaveChangesAsync();
        }

        return organisation.Id;
    }

    /// <summary>
    /// A service of its own for one test: published, withdrawn or never published, with versions in
    /// the given states (oldest first; each a copy of the row with its name numbered).
    /// </summary>
    public static async Task<Guid> CreateServiceAsync(SignpostWebFactory factory, Guid organisationId, ContentStatus status, params VersionState[] versionStates)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var id = Guid.NewGuid();
        var slug = $"matrix-{id:N}"[..24];
        var service = new Service
        {
            Id = id,
            Slug = slug,
            Name = $"Matrix service {slug}",
            Summary = "A service made for a permission test.",
            Description = "Made for a test.",
            Status = status,
            OrganisationId = organisationId,
            AccessRoutes = [AccessRoute.DropIn],
            DeliveryModes = [DeliveryMode.InPerson],
            LastModified = DateTimeOffset.UtcNow,
        };
        db.Services.Add(service);
        for (var i = 0; i < versionStates.Length; i++)
        {
            var snapshot = service.ToSnapshot() with { Name = $"{service.Name} v{i + 1}" };
            db.ContentVersions.Add(new ContentVersion
            {
                Kind = ContentKind.Service,
                ContentId = id,
                Number = i + 1,
                OrganisationId = organisationId,
                Title = snapshot.Name,
                Snapshot = snapshot.ToJson(),
                State = versionStates[i],
                AuthorId = "test",
                AuthorName = "test@example.org",
                CreatedAt = DateTime.UtcNow,
            });
        }

        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>The service row and its versions as they stand, for comparing before and after.</summary>
    public static async Task<(Service Service, List<ContentVersion> Versions)> ReadAsync(SignpostWebFactory factory, Guid id)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var service = await db.Services.AsNoTracking().SingleAsync(s => s.Id == id);
        var versions = await db.ContentVersions.AsNoTracking().Where(v => v.Kind == ContentKind.Service && v.ContentId == id).OrderBy(v => v.Number).ToListAsync();
        return (service, versions);
    }

    public static async Task<string> StateOfAsync(SignpostWebFactory factory, Guid id)
    {
        var (service, versions) = await ReadAsync(factory, id);
        return $"{service.Status} {service.Name} {service.Slug} | " + string.Join(", ", versions.Select(v => $"{v.Number}:{v.State}:{v.Title}"));
    }

    /// <summary>An antiforgery token for this client's session, from any back-office page with a form (the layout's sign-out form).</summary>
    public static async Task<string?> AntiforgeryTokenAsync(HttpClient client)
    {
        var response = await client.GetAsync("/editor");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string? token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var values = fields.ToList();
        if (token is not null)
        {
            values.Add(new("__RequestVerificationToken", token));
        }

        return client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    public static Guid IdFromLocation(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"No redirect: {(int)response.StatusCode}");
        return Guid.Parse(location.Split('/')[3]);
    }
}
