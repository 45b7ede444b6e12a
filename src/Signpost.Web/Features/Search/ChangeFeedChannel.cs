using Signpost.Web.Infrastructure.ScaleOut;
using StackExchange.Redis;

namespace Signpost.Web.Features.Search;

/// <summary>
/// Tells every node at once that the change feed grew: a node that commits content publishes on a
/// Redis channel, and every node listening wakes its follower, so the others' indexes follow in
/// well under a second instead of at their next poll. Without Redis (or while it is down) nothing is
/// sent and the other nodes find the change by polling.
/// </summary>
public sealed class ChangeFeedChannel(RedisConnection connection, ChangeFeedNudge nudge, ILogger<ChangeFeedChannel> logger) : BackgroundService
{
    private static readonly TimeSpan SubscribeRetry = TimeSpan.FromSeconds(2);

    private RedisChannel Channel => RedisChannel.Literal(connection.Prefix + "change-feed");

    /// <summary>Sends the nudge without waiting: a commit must never wait for, or fail because of, Redis.</summary>
    public void Publish()
    {
        if (!connection.IsUsable)
        {
            return;
        }

        try
        {
            connection.Multiplexer!.GetSubscriber().Publish(Channel, "1", CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (RedisConnection.IsRedisFailure(ex))
        {
            connection.ReportFailure(ex);
        }
    }

    /// <summary>Connects if need be and sends the nudge, waiting for it to go: for command-line verbs that exit straight after.</summary>
    public async Task PublishAndWaitAsync()
    {
        if (await connection.ConnectAsync() is not { IsConnected: true } multiplexer)
        {
            return;
        }

        try
        {
            await multiplexer.GetSubscriber().PublishAsync(Channel, "1");
        }
        catch (Exception ex) when (RedisConnection.IsRedisFailure(ex))
        {
            connection.ReportFailure(ex);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!connection.IsConfigured)
        {
            return;
        }

        // Once subscribed, the multiplexer subscribes again by itself after every reconnection.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var multiplexer = await connection.ConnectAsync();
                await multiplexer!.GetSubscriber().SubscribeAsync(Channel, (_, _) => nudge.Nudge());
                logger.LogInformation("Listening for change-feed nudges on Redis");
                return;
            }
            catch (Exception ex) when (RedisConnection.IsRedisFailure(ex))
            {
                logger.LogDebug(ex, "Could not subscribe to change-feed nudges yet; polling meanwhile");
            }

            try
            {
                await Task.Delay(SubscribeRetry, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
