using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Editorial;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// Version rows and audit entries as the editor workflow writes them: numbered on from the newest
/// version; a row that had none (seeded content) first gets its version 1 as it was; going live
/// supersedes the version that was live. Versions of a batch are loaded in one query per kind.
/// </summary>
internal sealed class ImportVersions(SignpostDbContext db, ImportOptions options, DateTimeOffset now)
{
    private readonly Dictionary<(ContentKind, Guid), int> latest = [];
    private readonly Dictionary<(ContentKind, Guid), List<ContentVersion>> live = [];

    public async Task LoadAsync(ContentKind kind, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var numbers = await db.ContentVersions.Where(v => v.Kind == kind && ids.Contains(v.ContentId))
            .GroupBy(v => v.ContentId).Select(g => new { g.Key, Number = g.Max(v => v.Number) }).ToListAsync(cancellationToken);
        foreach (var row in numbers)
        {
            latest[(kind, row.Key)] = row.Number;
        }

        foreach (var version in await db.ContentVersions.Where(v => v.Kind == kind && ids.Contains(v.ContentId) && v.State == VersionState.Published).ToListAsync(cancellationToken))
        {
            (live.TryGetValue((kind, version.ContentId), out var list) ? list : live[(kind, version.ContentId)] = []).Add(version);
        }
    }

    /// <summary>The snapshot the newest version holds, for comparing drafts; null when the item has none.</summary>
    public async Task<Dictionary<Guid, string>> LatestSnapshotsAsync(ContentKind kind, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0 ? [] : await db.ContentVersions.AsNoTracking()
            .Where(v => v.Kind == kind && ids.Contains(v.ContentId)
                && v.Number == db.ContentVersions.Where(w => w.Kind == kind && w.ContentId == v.ContentId).Max(w => w.Number))
            .ToDictionaryAsync(v => v.ContentId, v => v.Snapshot, cancellationToken);

    /// <param name="before">The item as it was, for the version 1 a never-versioned row gets first; null for a new item.</param>
    public int Add(ContentKind kind, Guid id, Guid? organisationId, string title, string snapshot, bool goLive, (string Title, string Snapshot, bool Live, DateTimeOffset At)? before, string target, string sourceId)
    {
        var key = (kind, id);
        var number = latest.GetValueOrDefault(key);
        if (number == 0 && before is { } was)
        {
            number = 1;
            db.ContentVersions.Add(New(kind, id, organisationId, was.Title, was.Snapshot, was.Live ? VersionState.Published : VersionState.Draft, number, "Imported", "Imported", was.At));
        }

        number++;
        latest[key] = number;
        var version = New(kind, id, organisationId, title, snapshot, goLive ? VersionState.Published : VersionState.Draft, number, options.ActorId, options.ActorName, now);
        version.Comment = $"Imported from {options.Source}, record {sourceId}";
        if (goLive)
        {
            foreach (var older in live.GetValueOrDefault(key) ?? [])
            {
                older.State = VersionState.Superseded;
            }

            version.ReviewedById = options.ActorId;
            version.ReviewedByName = options.ActorName;
            version.ReviewedAt = now.UtcDateTime;
        }

        db.ContentVersions.Add(version);
        db.AuditLog.Add(new AuditEntry
        {
            At = now.UtcDateTime,
            UserId = options.ActorId,
            UserEmail = options.ActorName,
            Action = goLive ? AuditActions.Published : AuditActions.Saved,
            Target = target.Length <= 300 ? target : target[..300],
            Detail = Limit($"version {number}{(number == 1 ? $" (new {kind.ToString().ToLowerInvariant()})" : "")}, imported from {options.Source} record {sourceId}", 2000),
        });
        return number;
    }

    private static ContentVersion New(ContentKind kind, Guid id, Guid? organisationId, string title, string snapshot, VersionState state, int number, string authorId, string authorName, DateTimeOffset at) => new()
    {
        Kind = kind,
        ContentId = id,
        Number = number,
        OrganisationId = organisationId,
        Title = title.Length <= 200 ? title : title[..200],
        Snapshot = snapshot,
        State = state,
        AuthorId = authorId,
        AuthorName = authorName,
        CreatedAt = at.UtcDateTime,
    };

    private static string Limit(string text, int length) => text.Length <= length ? text : text[..length];
}
