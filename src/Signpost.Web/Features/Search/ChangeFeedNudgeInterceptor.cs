using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Signpost.Web.Features.Search;

/// <summary>Nudges the follower after every committed save: a save outside a transaction, or a commit.</summary>
public sealed class ChangeFeedNudgeInterceptor(ChangeFeedNudge nudge) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            nudge.Nudge();
        }

        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        nudge.Nudge();
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => nudge.Nudge();
}
