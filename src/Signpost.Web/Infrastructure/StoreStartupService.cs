namespace Signpost.Web.Infrastructure;

/// <summary>
/// Initialises the store before Kestrel accepts requests (WebApplication starts user hosted
/// services before its server), so the first request already sees migrated, seeded content.
/// </summary>
public sealed class StoreStartupService(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StoreInitialiser>().InitialiseAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
