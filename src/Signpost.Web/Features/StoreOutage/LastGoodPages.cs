using System.Collections.Concurrent;

namespace Signpost.Web.Features.StoreOutage;

/// <summary>
/// The last copy this node sent of each public page, kept in memory within a byte budget, so that while
/// the store cannot be reached visitors still get service pages, topics and content pages as they were.
/// The public site sets no cookies and its pages are the same for everyone (ADR 3), so a copy fits any visitor.
/// </summary>
public sealed class LastGoodPages
{
    public const long Budget = 64L * 1024 * 1024;
    public const int LargestPage = 512 * 1024;

    private readonly ConcurrentDictionary<string, LastGoodPage> pages = new(StringComparer.Ordinal);
    private long bytes;

    public int Count => pages.Count;

    /// <summary>A page's copy is refreshed at most this often, so busy pages are not copied on every request.</summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromSeconds(30);

    public bool WantsCopy(string key, DateTimeOffset now) => !pages.TryGetValue(key, out var page) || now - page.KeptAt >= RefreshAfter;

    public void Keep(string key, string contentType, byte[] body, DateTimeOffset now)
    {
        if (body.Length > LargestPage)
        {
            return;
        }

        var page = new LastGoodPage(contentType, body, now);
        var previous = pages.TryGetValue(key, out var old) ? old.Body.Length : 0;
        if (Interlocked.Read(ref bytes) - previous + body.Length > Budget && old is null)
        {
            // Full: keep the pages already held rather than churn; a restart starts afresh.
            return;
        }

        pages[key] = page;
        Interlocked.Add(ref bytes, body.Length - previous);
    }

    public LastGoodPage? Find(string key) => pages.TryGetValue(key, out var page) ? page : null;
}
