using Signpost.Search;

namespace Signpost.Web.Features.Search;

/// <summary>
/// This node's search read model and how far along the change feed it is. Searches read
/// <see cref="Current"/>; only <see cref="SearchIndexFollower"/> replaces or updates it.
/// </summary>
public sealed class SearchIndexHolder : IDisposable
{
    private SearchIndex? current;

    public SearchIndex Current => current ?? throw new Infrastructure.ReadModelNotBuiltException();

    public bool IsReady => current is not null;

    public long LastSequence { get; internal set; }

    public DateTimeOffset? BuiltAt { get; private set; }

    public TimeSpan? BuildTime { get; private set; }

    internal void Replace(SearchIndex index, long sequence, DateTimeOffset builtAt, TimeSpan buildTime)
    {
        var previous = Interlocked.Exchange(ref current, index);
        LastSequence = sequence;
        BuiltAt = builtAt;
        BuildTime = buildTime;

        // Searches already running on the old index finish first: it is disposed only when they have.
        if (previous is not null)
        {
            _ = Task.Delay(TimeSpan.FromSeconds(30)).ContinueWith(_ => previous.Dispose(), TaskScheduler.Default);
        }
    }

    public void Dispose() => current?.Dispose();
}
