using Npgsql;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// Initialises the store before Kestrel accepts requests (WebApplication starts user hosted
/// services before its server), so the first request already sees migrated, seeded content.
/// A store that cannot be reached does not stop the node (an orchestrator would only restart it in a
/// loop): it starts live but not ready, shows the "unavailable" page, and initialises when the store returns.
/// </summary>
public sealed class StoreStartupService(IServiceScopeFactory scopes, StoreReadiness readiness, TimeProvider clock, ILogger<StoreStartupService> logger) : BackgroundService
{
    internal static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryInitialiseAsync(cancellationToken))
        {
            logger.LogWarning("The store cannot be reached; starting without it and trying again every {Seconds} s", RetryInterval.TotalSeconds);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!readiness.IsInitialised)
            {
                await Task.Delay(RetryInterval, clock, stoppingToken);
                if (await TryInitialiseAsync(stoppingToken))
                {
                    logger.LogInformation("The store answers again; it is initialised");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Any other failure (a migration that fails, a store left unmigrated on purpose) still stops the node.</summary>
    private async Task<bool> TryInitialiseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<StoreInitialiser>().InitialiseAsync(cancellationToken);
            readiness.MarkInitialised();
            return true;
        }
        catch (Exception ex) when (StoreUnavailable.Is(ex) && !cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug(ex, "The store cannot be reached yet");

            // Connections pooled before the store went away are dead; the next attempt should open new ones.
            NpgsqlConnection.ClearAllPools();
            return false;
        }
    }
}
