using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Web.Tests.Editor.Organisations;

/// <summary>Arranges organisations straight in the store and reads back what the workflow did.</summary>
public static class OrganisationEditorStore
{
    /// <summary>An organisation of its own for one test, with no services and no versions (as if imported).</summary>
    public static async Task<Organisation> CreateAsync(SignpostWebFactory factory, bool trusted = false)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var slug = $"test-org-{Guid.NewGuid():N}"[..21];
        var organisation = new Organisation { Id = Guid.NewGuid(), Slug = slug, Name = $"Test organisation {slug}", Type = OrganisationType.Voluntary, IsTrusted = trusted, LastModified = DateTimeOffset.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    public static async Task<(Organisation? Organisation, List<ContentVersion> Versions)> ReadAsync(SignpostWebFactory factory, Guid id)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id);
        var versions = await db.ContentVersions.AsNoTracking().Where(v => v.Kind == ContentKind.Organisation && v.ContentId == id).OrderBy(v => v.Number).ToListAsync();
        return (organisation, versions);
    }

    public static async Task<string> StateOfAsync(SignpostWebFactory factory, Guid id)
    {
        var (organisation, versions) = await ReadAsync(factory, id);
        return $"{organisation?.Name} {organisation?.Phone} trusted={organisation?.IsTrusted} | " + string.Join(", ", versions.Select(v => $"{v.Number}:{v.State}:{v.Title}"));
    }

    /// <summary>Adds the next version of the organisation's current row in the given state, e.g. a submission waiting for review.</summary>
    public static async Task<int> AddVersionAsync(SignpostWebFactory factory, Guid id, VersionState state, string? name = null)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id);
        var number = (await db.ContentVersions.Where(v => v.Kind == ContentKind.Organisation && v.ContentId == id).MaxAsync(v => (int?)v.Number) ?? 0) + 1;
        var snapshot = organisation.ToSnapshot() with { Name = name ?? organisation.Name };
        db.ContentVersions.Add(new ContentVersion
        {
            Kind = ContentKind.Organisation,
            ContentId = id,
            Number = number,
            OrganisationId = id,
            Title = snapshot.Name,
            Snapshot = snapshot.ToJson(),
            State = state,
            AuthorId = "test",
            AuthorName = "test@example.org",
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return number;
    }

    public static async Task<int> LatestNumberAsync(SignpostWebFactory factory, Guid id) =>
        (await ReadAsync(factory, id)).Versions.Select(v => v.Number).DefaultIfEmpty(1).Max();
}
