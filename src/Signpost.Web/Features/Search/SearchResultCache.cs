using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Signpost.Core.Rules;
using Signpost.Web.Infrastructure.ScaleOut;

namespace Signpost.Web.Features.Search;

/// <summary>
/// /api/search responses in the shared cache, keyed by the normalised query and the current UK
/// minute (results say what is open now), tagged <see cref="CacheTags.Search"/> so any publish
/// invalidates them. Each entry keeps the result count for the search log.
/// </summary>
public sealed class SearchResultCache(ISharedCache cache, IOptions<SearchOptions> options, TimeProvider clock)
{
    private static readonly string[] Tags = [CacheTags.Search];

    /// <summary>False when ResultCacheSeconds is 0: every search then runs, and the API writes it straight out.</summary>
    public bool Enabled => options.Value.ResultCacheSeconds > 0;

    public async Task<CachedSearch?> GetOrCreateAsync(IQueryCollection query, Func<CancellationToken, Task<CachedSearch?>> factory, CancellationToken cancellationToken)
    {
        var seconds = options.Value.ResultCacheSeconds;
        if (seconds == 0)
        {
            return await factory(cancellationToken);
        }

        var text = await cache.GetOrCreateAsync(Key(query), Tags, TimeSpan.FromSeconds(seconds), async token =>
            await factory(token) is { } made ? made.Total.ToString(CultureInfo.InvariantCulture) + "\n" + made.Json : null,
            cancellationToken);
        if (text is null)
        {
            return null;
        }

        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return new CachedSearch(int.Parse(text.AsSpan(0, newline), CultureInfo.InvariantCulture), text[(newline + 1)..]);
    }

    /// <summary>The same search written in any order or case of parameter names gives one key.</summary>
    private string Key(IQueryCollection query)
    {
        var key = new StringBuilder("api-search:");
        key.Append(UkTime.Now(clock).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        foreach (var (name, values) in query.OrderBy(q => q.Key.ToLowerInvariant(), StringComparer.Ordinal))
        {
            foreach (var value in values)
            {
                key.Append('&').Append(Uri.EscapeDataString(name.ToLowerInvariant())).Append('=').Append(Uri.EscapeDataString(value?.Trim() ?? ""));
            }
        }

        return key.ToString();
    }
}
