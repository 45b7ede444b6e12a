namespace Signpost.Web.Features.Search;

/// <summary>
/// Wakes the change-feed follower as soon as this node commits content, so the node that
/// publishes applies its own change at once; other nodes find it on their next poll.
/// </summary>
public sealed class ChangeFeedNudge
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Nudge()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit nudged at the same moment; one wake-up covers both.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
