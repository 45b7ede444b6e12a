using System.Diagnostics;
using System.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Core.ChangeFeed;
using Signpost.Core.Content;
using Signpost.Data;
using Signpost.Search;
using Signpost.Web.Infrastructure;
using Signpost.Web.Infrastructure.ScaleOut;

namespace Signpost.Web.Features.Search;

/// <summary>
/// Builds this node's search index from the store before the server takes requests, then
/// follows the change feed: rows with a sequence number it has not applied yet. Having applied
/// rows, it invalidates the shared cache's tags of what they changed. When the node started while
/// the store was down, it builds the index as soon as the store is back and initialised.
/// </summary>
public sealed class SearchIndexFollower(
    IServiceScopeFactory scopes,
    SearchIndexHolder holder,
    StoreReadiness readiness,
    ChangeFeedNudge nudge,
    ISharedCache cache,
    TimeProvider clock,
    IOptions<SearchOptions> options,
    ILogger<SearchIndexFollower> logger) : BackgroundService
{
    /// <summary>How often to look for changes other processes or nodes made, when no commit here (or Redis nudge) woke us.</summary>
    private TimeSpan PollInterval => TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);

    private readonly SemaphoreSlim applying = new(1, 1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (readiness.IsInitialised)
        {
            try
            {
                await RebuildAsync(cancellationToken);
            }
            catch (Exception ex) when (StoreUnavailable.Is(ex))
            {
                // Gone again since it was initialised: ExecuteAsync builds the index when it answers.
                logger.LogWarning("The store went away before the search index was built ({Error}); building it when the store answers", ex.Message);
            }
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!holder.IsReady)
                {
                    await readiness.WaitAsync(stoppingToken);
                    await RebuildAsync(stoppingToken);
                    continue;
                }

                await nudge.WaitAsync(PollInterval, stoppingToken);
                await CatchUpAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Keep following: a store that is briefly unavailable must not stop the index for good.
                logger.LogError(ex, "Applying the change feed failed; retrying");
                await Task.Delay(PollInterval, stoppingToken);
            }
        }
    }

    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await applying.WaitAsync(cancellationToken);
        try
        {
            await RebuildWhileApplyingAsync(cancellationToken);
            ReleaseRebuildGarbage();
        }
        finally
        {
            applying.Release();
        }
    }

    /// <summary>
    /// A rebuild leaves every document read from the store as garbage (tens of megabytes at 50,000 services, and the
    /// index being replaced): hand that memory back to the machine now rather than whenever the server GC next gets round to it.
    /// </summary>
    private static void ReleaseRebuildGarbage()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private async Task RebuildWhileApplyingAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        await using var linksScope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();

        // Read the feed position first: a change committed while we read is applied again later, never missed.
        var sequence = await db.ContentChanges.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
        var synonyms = await LoadSynonymsAsync(db, cancellationToken);
        var linksRead = 0L;
        var index = await SearchDocumentLoader.BuildFromAllPublishedAsync(
            db,
            linksScope.ServiceProvider.GetRequiredService<SignpostDbContext>(),
            documents =>
            {
                linksRead = watch.ElapsedMilliseconds;
                return SearchIndex.Build(documents, synonyms);
            },
            cancellationToken);
        index.MatchCacheSize = options.Value.MatchCacheSize;
        holder.Replace(index, sequence, clock.GetUtcNow(), watch.Elapsed);
        logger.LogInformation(
            "Search index built: {Count} services in {Milliseconds} ms ({ReadMilliseconds} ms reading what services link to, then {BuildMilliseconds} ms building as the services are read), at change {Sequence}",
            index.Count, watch.ElapsedMilliseconds, linksRead, watch.ElapsedMilliseconds - linksRead, sequence);
    }

    /// <summary>Applies every change-feed row after the last one applied. Returns how many rows it applied.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        await applying.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
            var changes = await db.ContentChanges.AsNoTracking()
                .Where(c => c.Sequence > holder.LastSequence)
                .OrderBy(c => c.Sequence)
                .Take(10_000)
                .ToListAsync(cancellationToken);
            if (changes.Count == 0)
            {
                return 0;
            }

            if (changes.Any(c => c.Kind == ContentChangeKind.Rebuild))
            {
                await RebuildWhileApplyingAsync(cancellationToken);
                ReleaseRebuildGarbage();
                await cache.InvalidateTagsAsync(await ChangedContentTags.ForAsync(db, changes, cancellationToken), cancellationToken);
                return changes.Count;
            }

            var index = holder.Current;
            if (changes.Any(c => c.Kind == ContentChangeKind.Synonyms))
            {
                index.ReplaceSynonyms(await LoadSynonymsAsync(db, cancellationToken));
            }

            var ids = changes.Where(c => c.Kind == ContentChangeKind.Service).Select(c => c.EntityId).Distinct().ToList();
            var documents = ids.Count == 0 ? [] : await SearchDocumentLoader.LoadPublishedAsync(db, cancellationToken, ids);
            foreach (var document in documents)
            {
                index.Upsert(document);
            }

            foreach (var id in ids.Except(documents.Select(d => d.Id)))
            {
                index.Remove(id);
            }

            holder.LastSequence = changes[^1].Sequence;

            // After the index changed: output made from the old index was cached under the old tokens.
            await cache.InvalidateTagsAsync(await ChangedContentTags.ForAsync(db, changes, cancellationToken), cancellationToken);
            return changes.Count;
        }
        finally
        {
            applying.Release();
        }
    }

    private static async Task<SynonymSet> LoadSynonymsAsync(SignpostDbContext db, CancellationToken cancellationToken)
    {
        var groups = await db.SynonymGroups.AsNoTracking().ToListAsync(cancellationToken);
        return new SynonymSet(groups.Select(g => (IReadOnlyList<string>)g.Terms));
    }
}
