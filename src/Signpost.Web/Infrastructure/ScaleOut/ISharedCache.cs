namespace Signpost.Web.Infrastructure.ScaleOut;

/// <summary>
/// Rendered output (search results, API responses) shared by every node, invalidated exactly: each
/// entry names the tags it depends on (<see cref="CacheTags"/>), and invalidating a tag makes every
/// entry that named it unreachable, while nothing else is touched.
/// </summary>
public interface ISharedCache
{
    /// <summary>
    /// The cached text for <paramref name="key"/> under the current generation of its tags, or what
    /// <paramref name="factory"/> makes (cached unless it returns null). Without a usable cache the factory just runs.
    /// </summary>
    Task<string?> GetOrCreateAsync(string key, IReadOnlyList<string> tags, TimeSpan timeToLive, Func<CancellationToken, Task<string?>> factory, CancellationToken cancellationToken);

    /// <summary>Makes every entry that depends on any of these tags unreachable, on every node.</summary>
    Task InvalidateTagsAsync(IEnumerable<string> tags, CancellationToken cancellationToken);
}
