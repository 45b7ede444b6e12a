using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.ExceptionServices;

namespace Signpost.Web.Features.Search;

/// <summary>
/// Service rows read on a thread of their own and handed over as they come, at most <see cref="RowsAhead"/> ahead of
/// whoever takes them: a node's build consumes them while they are read, so tens of thousands of services (and their
/// texts) are never in memory at once. The read is synchronous on purpose: the thread is there only to read, and
/// blocking it while the queue is full is what bounds the memory.
/// </summary>
internal sealed class ServiceRowStream : IAsyncDisposable
{
    /// <summary>Enough for the reader never to leave the build waiting, few enough to be a few megabytes.</summary>
    private const int RowsAhead = 2048;

    private readonly BlockingCollection<PublishedServiceRow> rows = new(RowsAhead);
    private readonly CancellationTokenSource stop;
    private readonly Task reading;
    private ExceptionDispatchInfo? failure;

    private ServiceRowStream(Func<DbCommand> command, Func<DbDataReader, PublishedServiceRow> map, CancellationToken cancellationToken)
    {
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        reading = Task.Factory.StartNew(() => Read(command, map), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Starts reading: <paramref name="command"/> is made and run on the reading thread, over a connection already open.</summary>
    public static ServiceRowStream Start(Func<DbCommand> command, Func<DbDataReader, PublishedServiceRow> map, CancellationToken cancellationToken) =>
        new(command, map, cancellationToken);

    /// <summary>The rows, in the order read, each as soon as it is read; ends by throwing what stopped the read, if anything did.</summary>
    public IEnumerable<PublishedServiceRow> Rows()
    {
        foreach (var row in rows.GetConsumingEnumerable(stop.Token))
        {
            yield return row;
        }

        // The read stops adding rows however it ends: a failed read must not look like the last row.
        failure?.Throw();
    }

    public async ValueTask DisposeAsync()
    {
        // Whoever stopped taking rows (done or failed) leaves the reader blocked on a full queue: release it, and let
        // it finish with the connection before the caller's context is disposed.
        await stop.CancelAsync();
        await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stop.Dispose();
        rows.Dispose();
    }

    private void Read(Func<DbCommand> command, Func<DbDataReader, PublishedServiceRow> map)
    {
        try
        {
            using var query = command();
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(map(reader), stop.Token);
            }
        }
        catch (Exception ex)
        {
            failure = ExceptionDispatchInfo.Capture(ex);
        }
        finally
        {
            rows.CompleteAdding();
        }
    }
}
