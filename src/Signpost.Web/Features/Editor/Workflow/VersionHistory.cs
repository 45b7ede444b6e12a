using Microsoft.EntityFrameworkCore;
using Signpost.Core.Editorial;
using Signpost.Data;
using Signpost.Web.Features.Editor.Scheduling;

namespace Signpost.Web.Features.Editor.Workflow;

/// <summary>
/// Reads the versions of pages, organisations and venues. Items imported from the seed have no
/// versions until their first edit; until then the row counts as version 1, published, so every
/// page sees one history (the same rule services follow).
/// </summary>
public sealed class VersionHistory(SignpostDbContext db)
{
    public const int ImportedVersionNumber = 1;
    public const string ImportedAuthor = "Imported";

    public IQueryable<ContentVersion> VersionsOf(ContentKind kind, Guid id) =>
        db.ContentVersions.Where(v => v.Kind == kind && v.ContentId == id);

    /// <summary>The newest version of every item of a kind, for "waiting for review" lists.</summary>
    public IQueryable<ContentVersion> LatestVersions(ContentKind kind) =>
        db.ContentVersions.AsNoTracking().Where(v => v.Kind == kind
            && v.Number == db.ContentVersions.Where(w => w.Kind == kind && w.ContentId == v.ContentId).Max(w => w.Number));

    public Task<ContentVersion?> LatestAsync(ContentKind kind, Guid id, CancellationToken cancellationToken) =>
        VersionsOf(kind, id).AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ContentVersion>> HistoryAsync(ContentKind kind, Guid id, Func<ContentVersion> imported, CancellationToken cancellationToken)
    {
        var versions = await VersionsOf(kind, id).AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        return versions.Count > 0 ? versions : [imported()];
    }

    /// <summary>The version with this number, or the imported one when nothing was saved yet.</summary>
    public async Task<ContentVersion?> FindAsync(ContentKind kind, Guid id, int number, Func<ContentVersion> imported, CancellationToken cancellationToken) =>
        await VersionsOf(kind, id).AsNoTracking().FirstOrDefaultAsync(v => v.Number == number, cancellationToken)
        ?? (number == ImportedVersionNumber && !await VersionsOf(kind, id).AnyAsync(cancellationToken) ? imported() : null);

    /// <summary>
    /// The newest published version's snapshot, or null when there is none (then the row, if it was
    /// imported, is what is live). A version approved to go live later is not live yet.
    /// </summary>
    public Task<string?> PublishedSnapshotAsync(ContentKind kind, Guid id, CancellationToken cancellationToken) =>
        VersionsOf(kind, id).AsNoTracking()
            .Where(v => v.State == VersionState.Published)
            .LiveOrPast(db)
            .OrderByDescending(v => v.Number)
            .Select(v => v.Snapshot)
            .FirstOrDefaultAsync(cancellationToken);
}
