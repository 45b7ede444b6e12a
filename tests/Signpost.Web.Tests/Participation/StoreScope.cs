using Microsoft.Extensions.DependencyInjection;
using Signpost.Data;

namespace Signpost.Web.Tests.Participation;

/// <summary>The app's store for one check, disposed with <c>await using</c>.</summary>
public sealed class StoreScope(SignpostWebFactory factory) : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope = factory.Services.CreateAsyncScope();

    public SignpostDbContext Db => _scope.ServiceProvider.GetRequiredService<SignpostDbContext>();

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
