using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;
using Signpost.Data;
using Signpost.Web.Features.Editor.Services;
using Signpost.Web.Features.Editor.Workflow;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>
/// Saves a directory manager's mapping of an imported term to one of ours and gives every service that
/// carries the imported term our term too, as the publishing workflow would: a live service gets a new
/// published version and its row changes in the same save (so the change feed carries it to search and
/// the ORUK caches), a pending draft gets a new version in the same state, so drafts stay drafts.
/// Everything is one transaction; the importer reads the stored mapping and applies it to later imports.
/// </summary>
public sealed class ImportedTermMapper(SignpostDbContext db, TimeProvider clock)
{
    private const int ChunkSize = 200;

    /// <summary>Null when another save touched one of the services at the same moment; then nothing was changed.</summary>
    public async Task<MappingResult?> MapAsync(ClaimsPrincipal user, TaxonomyTerm imported, TaxonomyTerm target, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var mapping = await db.TermMappings.SingleOrDefaultAsync(m => m.ImportedTermId == imported.Id, cancellationToken);
            if (mapping is null)
            {
                db.TermMappings.Add(mapping = new TermMapping { ImportedTermId = imported.Id, TermId = target.Id, MappedBy = Limit(EditorUser.Name(user), 256) });
            }

            mapping.TermId = target.Id;
            mapping.MappedAt = now.UtcDateTime;
            mapping.MappedBy = Limit(EditorUser.Name(user), 256);
            await db.SaveChangesAsync(cancellationToken);

            // Services whose row carries the term (live, or a draft that was never published), and those whose newest
            // version does (a live service with an imported draft pending); the snapshot text names the term's id.
            var needle = imported.Id.ToString();
            var ids = await db.Services.Where(s => s.Terms.Any(t => t.Id == imported.Id)).Select(s => s.Id)
                .Union(db.ContentVersions.Where(v => v.Kind == ContentKind.Service && v.Snapshot.Contains(needle)
                    && v.Number == db.ContentVersions.Where(w => w.Kind == ContentKind.Service && w.ContentId == v.ContentId).Max(w => w.Number)).Select(v => v.ContentId))
                .ToListAsync(cancellationToken);

            var result = new MappingResult(0, 0);
            foreach (var chunk in ids.Order().Chunk(ChunkSize))
            {
                result = await MapChunkAsync(user, imported, chunk, target.Id, now, result, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (DbUpdateException)
        {
            // The unique (kind, item, number) index refused a version: an editor saved one of these services meanwhile.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return null;
        }
    }

    public async Task<bool> UnmapAsync(Guid importedTermId, CancellationToken cancellationToken)
    {
        var mapping = await db.TermMappings.SingleOrDefaultAsync(m => m.ImportedTermId == importedTermId, cancellationToken);
        if (mapping is null)
        {
            return false;
        }

        db.TermMappings.Remove(mapping);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<MappingResult> MapChunkAsync(
        ClaimsPrincipal user, TaxonomyTerm imported, Guid[] ids, Guid targetId, DateTimeOffset now, MappingResult result, CancellationToken cancellationToken)
    {
        // A fresh context state a chunk: the target is loaded tracked here so the service rows link to it.
        db.ChangeTracker.Clear();
        var target = await db.TaxonomyTerms.SingleAsync(t => t.Id == targetId, cancellationToken);
        var services = await db.Services.Include(s => s.Terms).Include(s => s.Locations).Include(s => s.Schedules).Include(s => s.Closures)
            .AsSplitQuery().Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        var versions = (await db.ContentVersions.Where(v => v.Kind == ContentKind.Service && ids.Contains(v.ContentId)).ToListAsync(cancellationToken))
            .ToLookup(v => v.ContentId);
        var (published, drafts) = (result.Published, result.Drafts);
        foreach (var service in services)
        {
            var history = versions[service.Id].OrderByDescending(v => v.Number).ToList();
            if (history.Count == 0)
            {
                // A seeded service's first version is its row as it was, as the editor workflow records it.
                var first = ServiceVersionReader.Imported(service);
                db.ContentVersions.Add(first);
                history.Add(first);
            }

            var next = history[0].Number;
            var pending = history[0].State is VersionState.Draft or VersionState.InReview or VersionState.Rejected ? history[0] : null;
            var live = service.Status != ContentStatus.Draft;
            var detail = $"mapped imported term \"{imported.Name}\" to {TermWords.Noun(target.Kind)} \"{target.Name}\"";
            var wentLive = false;
            if (live && TermMappingRules.Needs(service.ToSnapshot(), imported.Id, target))
            {
                service.Terms.Add(target);
                service.LastModified = now;
                var version = New(user, service.Id, ++next, service.ToSnapshot(), now, detail);
                db.ContentVersions.Add(version);
                VersionFactory.MarkLive(history, version, user, now);
                Audit(user, AuditActions.Published, service.Slug, $"version {next}, {detail}", now);
                published++;
                wentLive = true;
            }

            if (pending is not null && ServiceSnapshot.FromJson(pending.Snapshot) is var draft && TermMappingRules.Needs(draft, imported.Id, target))
            {
                var version = New(user, service.Id, ++next, TermMappingRules.WithTerm(draft, target), now, detail);
                version.State = pending.State;
                db.ContentVersions.Add(version);
                Audit(user, AuditActions.Saved, service.Slug, $"version {next}, {detail}", now);
                drafts += wentLive ? 0 : 1;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new MappingResult(published, drafts);
    }

    private static ContentVersion New(ClaimsPrincipal user, Guid id, int number, ServiceSnapshot snapshot, DateTimeOffset now, string comment) => new()
    {
        Kind = ContentKind.Service,
        ContentId = id,
        Number = number,
        OrganisationId = snapshot.OrganisationId,
        Title = Limit(snapshot.Name, 200),
        Snapshot = snapshot.ToJson(),
        State = VersionState.Draft,
        AuthorId = EditorUser.Id(user),
        AuthorName = EditorUser.Name(user),
        CreatedAt = now.UtcDateTime,
        Comment = Limit(char.ToUpperInvariant(comment[0]) + comment[1..], 2000),
    };

    private void Audit(ClaimsPrincipal user, string action, string slug, string detail, DateTimeOffset now) => db.AuditLog.Add(new AuditEntry
    {
        At = now.UtcDateTime,
        UserId = EditorUser.Id(user),
        UserEmail = Limit(EditorUser.Name(user), 256),
        Action = action,
        Target = Limit($"service:{slug}", 300),
        Detail = Limit(detail, 2000),
    });

    private static string Limit(string text, int length) => text.Length <= length ? text : text[..length];
}
