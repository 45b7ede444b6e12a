namespace Signpost.Web.Infrastructure;

/// <summary>
/// Whether this node has brought the store to a usable state (migrated, roles, seed) since it started.
/// A node that starts while the store is down still starts, and completes this once the store returns;
/// whatever reads the store at start (the search index) waits for it.
/// </summary>
public sealed class StoreReadiness
{
    private readonly TaskCompletionSource _initialised = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsInitialised => _initialised.Task.IsCompleted;

    public Task WaitAsync(CancellationToken cancellationToken) => _initialised.Task.WaitAsync(cancellationToken);

    internal void MarkInitialised() => _initialised.TrySetResult();
}
