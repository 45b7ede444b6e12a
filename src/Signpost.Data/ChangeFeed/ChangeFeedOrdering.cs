using Microsoft.EntityFrameworkCore;

namespace Signpost.Data.ChangeFeed;

/// <summary>
/// Keeps the change feed's sequence numbers in commit order on PostgreSQL. Two transactions may take
/// sequence values 10 and 11 and commit 11 first; a node that has read up to 11 would then never read 10.
/// Every unit of work that writes feed rows first takes one transaction-level advisory lock, so feed
/// writers run one at a time from their first feed insert to their commit, and a number is only ever
/// visible after every lower one. Editorial saves are rare, so the wait is short; SQLite already
/// allows one writer at a time.
/// </summary>
internal static class ChangeFeedOrdering
{
    /// <summary>An arbitrary application-wide key ("SgnpFeed" in ASCII) for pg_advisory_xact_lock.</summary>
    public const long LockKey = 0x53676E7046656564;

    public static async Task<int> SaveInOrderAsync(SignpostDbContext db, Func<Task<int>> save, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await LockAsync(db, cancellationToken);
            return await save();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(db, cancellationToken);
        var written = await save();
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    private static Task LockAsync(SignpostDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
}
