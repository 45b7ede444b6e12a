using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Rules;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// Imports a feed's services through the publishing workflow's effects (versions, audit entries and,
/// through <see cref="SignpostDbContext.SaveChangesAsync(bool, CancellationToken)"/>, change-feed rows so
/// search follows at once), in batches of <see cref="ImportOptions.BatchSize"/> records, each batch one
/// transaction: a batch that cannot be saved leaves nothing behind and stops the import. Records are
/// matched to earlier imports by source and id, and a record whose content hash has not changed is
/// left alone, so running the same import again changes nothing. Lookups are loaded once per batch,
/// not per record.
/// </summary>
public sealed class OpenReferralImporter(SignpostDbContext db, TimeProvider clock)
{
    public async Task<ImportReport> ImportAsync(
        IEnumerable<FeedItem> items, ImportOptions options, IProgress<ImportProgress>? progress = null, Func<double>? fraction = null, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport { Options = options };
        var slugs = await ImportSlugs.LoadAsync(db, cancellationToken);
        Guid? organisationId = null;
        if (options.OrganisationSlug is { } slug)
        {
            organisationId = await db.Organisations.Where(o => o.Slug == slug).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(cancellationToken);
            if (organisationId is null)
            {
                report.Failure = $"No organisation has the slug '{slug}'. Nothing was imported.";
                return report;
            }
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var batch = new List<(FeedItem Item, MappedService Service, IReadOnlyList<string> Warnings)>(options.BatchSize);
        var read = 0;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            read++;
            report.Format ??= item.Format;
            if (item.Service is null)
            {
                report.Add(new ImportRecordResult(item.Position, null, null, ImportOutcome.Skipped, string.Join("; ", item.Problems), []));
                continue;
            }

            var mapped = ServiceMapper.Map(item.Service);
            var warnings = item.Problems.Concat(mapped.Warnings).ToList();
            var name = ServiceMapper.Clean(item.Service.Name);
            if (mapped.Service is not { } service)
            {
                report.Add(new ImportRecordResult(item.Position, item.Service.SourceId, name.Length == 0 ? null : name, ImportOutcome.Skipped, mapped.SkipReason, warnings));
                continue;
            }

            if (seen.TryGetValue(service.SourceId, out var first))
            {
                report.Add(new ImportRecordResult(item.Position, service.SourceId, service.Name, ImportOutcome.Repeated, $"the same id as record {first}, which was imported", []));
                continue;
            }

            seen[service.SourceId] = item.Position;
            if (organisationId is null && service.Organisation is null)
            {
                report.Add(new ImportRecordResult(item.Position, service.SourceId, service.Name, ImportOutcome.Skipped,
                    "it names no organisation; import it with an organisation chosen to put it under one", warnings));
                continue;
            }

            batch.Add((item, service, warnings));
            if (batch.Count >= options.BatchSize)
            {
                if (!await WriteAsync(batch, options, organisationId, slugs, report, cancellationToken))
                {
                    return report;
                }

                progress?.Report(new ImportProgress(read, fraction?.Invoke() ?? 0));
            }
        }

        if (batch.Count > 0)
        {
            await WriteAsync(batch, options, organisationId, slugs, report, cancellationToken);
        }

        // One entry for the run, only when it changed something, so re-running an import leaves the store exactly as it was.

        if (!options.DryRun && report.Created + report.Updated + report.OrganisationsCreated + report.OrganisationsUpdated + report.LocationsCreated + report.LocationsUpdated > 0)
        {
            db.AuditLog.Add(new AuditEntry
            {
                At = clock.GetUtcNow().UtcDateTime,
                UserId = options.ActorId,
                UserEmail = options.ActorName,
                Action = AuditActions.Imported,
                Target = $"feed:{Limit(options.Source, 290)}",
                Detail = Limit(report.ToString(), 2000),
            });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        progress?.Report(new ImportProgress(read, 1));
        return report;
    }

    private async Task<bool> WriteAsync(
        List<(FeedItem Item, MappedService Service, IReadOnlyList<string> Warnings)> batch, ImportOptions options, Guid? organisationId, ImportSlugs slugs, ImportReport report,
        CancellationToken cancellationToken)
    {
        var results = new List<ImportRecordResult>();
        var counts = new ImportBatchCounts();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                var writer = new ImportBatch(db, options, clock.GetUtcNow(), UkTime.Today(clock), slugs, counts);
                results.AddRange(await writer.WriteAsync(batch, organisationId, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
                if (options.DryRun)
                {
                    await transaction.RollbackAsync(cancellationToken);
                }
                else
                {
                    await transaction.CommitAsync(cancellationToken);
                }
            }
            catch (DbUpdateException ex)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                report.Failure = $"Records {batch[0].Item.Position} to {batch[^1].Item.Position} could not be saved, so none of them were, and the import stopped there: {ex.InnerException?.Message ?? ex.Message}";
                batch.Clear();
                return false;
            }
        }

        db.ChangeTracker.Clear();
        foreach (var result in results)
        {
            report.Add(result);
        }

        report.OrganisationsCreated += counts.OrganisationsCreated;
        report.OrganisationsUpdated += counts.OrganisationsUpdated;
        report.LocationsCreated += counts.LocationsCreated;
        report.LocationsUpdated += counts.LocationsUpdated;
        report.TermsCreated += counts.TermsCreated;
        batch.Clear();
        return true;
    }

    private static string Limit(string text, int length) => text.Length <= length ? text : text[..length];
}
