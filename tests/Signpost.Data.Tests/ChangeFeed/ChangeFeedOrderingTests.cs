using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;

namespace Signpost.Data.Tests.ChangeFeed;

/// <summary>
/// On PostgreSQL, concurrent transactions can commit sequence numbers out of order. A follower that
/// reads "after the last number I saw", as every node's index follower does, must still see every
/// change-feed row while many publishers commit at once, each holding its transaction open a while.
/// </summary>
public sealed class ChangeFeedOrderingTests
{
    private const int Publishers = 6;
    private const int SavesEach = 15;

    [PostgresFact]
    public async Task A_follower_reading_after_its_last_sequence_misses_no_row_while_publishers_commit_concurrently()
    {
        var store = TestPostgres.CreateDatabase();
        try
        {
            using var done = new CancellationTokenSource();
            var follower = FollowAsync(store, done.Token);
            await Task.WhenAll(Enumerable.Range(0, Publishers).Select(p => PublishAsync(store, p)));
            done.Cancel();
            var seen = await follower;

            await using var db = TestPostgres.NewContext(store);
            var written = await db.ContentChanges.Select(c => c.Sequence).OrderBy(s => s).ToListAsync();
            Assert.Equal(Publishers * SavesEach, written.Count);
            Assert.Equal(written, seen.Order().ToList());
        }
        finally
        {
            TestPostgres.DropDatabase(store);
        }
    }

    private static async Task PublishAsync(string store, int publisher)
    {
        var random = new Random(publisher);
        for (var i = 0; i < SavesEach; i++)
        {
            await using var db = TestPostgres.NewContext(store);
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.SynonymGroups.Add(new SynonymGroup { Terms = [$"word{publisher}x{i}", $"other{publisher}x{i}"] });
            await db.SaveChangesAsync();

            // Hold the transaction open after the feed row is written: without ordering, a later
            // number from another publisher commits first.
            await Task.Delay(random.Next(0, 15));
            await transaction.CommitAsync();
        }
    }

    private static async Task<List<long>> FollowAsync(string store, CancellationToken done)
    {
        var seen = new List<long>();
        long last = 0;
        var finalRead = false;
        while (true)
        {
            await using (var db = TestPostgres.NewContext(store))
            {
                var rows = await db.ContentChanges.AsNoTracking().Where(c => c.Sequence > last).OrderBy(c => c.Sequence).Select(c => c.Sequence).ToListAsync();
                seen.AddRange(rows);
                last = rows.Count > 0 ? rows[^1] : last;
            }

            if (finalRead)
            {
                return seen;
            }

            finalRead = done.IsCancellationRequested;
            await Task.Delay(2);
        }
    }
}
