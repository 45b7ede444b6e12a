using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Signpost.Core.ChangeFeed;

namespace Signpost.Web.Features.Search;

/// <summary>
/// Nudges the follower after every committed save that wrote change-feed rows (a save outside a
/// transaction, or a commit), and announces it to the other nodes on <see cref="ChangeFeedChannel"/>.
/// </summary>
public sealed class ChangeFeedNudgeInterceptor(ChangeFeedNudge nudge, ChangeFeedChannel channel) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>Contexts that saved change-feed rows not yet committed.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.ChangeTracker.Entries<ContentChange>().Any(e => e.State == EntityState.Added))
        {
            _pending.AddOrUpdate(context, true);
        }

        return ValueTask.FromResult(result);
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Committed(eventData.Context);
        }

        return ValueTask.FromResult(result);
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            _pending.Remove(context);
        }

        return Task.CompletedTask;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }

        return Task.CompletedTask;
    }

    // Only commits that wrote change-feed rows wake anyone: the search log, audit entries and sign-ins
    // commit all the time and would otherwise wake the follower (and every node) for nothing.
    private void Committed(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            nudge.Nudge();
            channel.Publish();
        }
    }
}
