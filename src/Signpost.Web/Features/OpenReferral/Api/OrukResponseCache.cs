using System.Text;
using Microsoft.Extensions.Options;
using Signpost.Web.Infrastructure.ScaleOut;

namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>
/// Serialised answers in the shared cache (Redis when configured, so every node serves what one made), each filed
/// under the tags of what it shows: a service under its own tag, a list under <see cref="CacheTags.Search"/>, term
/// names under <see cref="CacheTags.Taxonomy"/>. Applying a change-feed row invalidates exactly those tags (ADR 9).
/// </summary>
public sealed class OrukResponseCache(ISharedCache cache, IOptions<OrukApiOptions> options)
{
    /// <summary>The cached answer, or a new one from <paramref name="create"/> (null means not found, and is not kept).</summary>
    public async Task<byte[]?> GetOrCreateAsync(string key, IReadOnlyList<string> tags, Func<Task<byte[]?>> create, CancellationToken cancellationToken)
    {
        var seconds = options.Value.CacheSeconds;
        if (seconds <= 0)
        {
            return await create();
        }

        var text = await cache.GetOrCreateAsync(
            "oruk|" + key,
            tags,
            TimeSpan.FromSeconds(seconds),
            async _ => await create() is { } bytes ? Encoding.UTF8.GetString(bytes) : null,
            cancellationToken);
        return text is null ? null : Encoding.UTF8.GetBytes(text);
    }
}
