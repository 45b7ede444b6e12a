using System.Globalization;
using System.Text.RegularExpressions;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// Whether a feed service is free, and its cost details: prices written out when it charges; for a free service,
/// the feed's words as written, even when they only say it is free ("Free", "Free (NHS)"): our editors write those too.
/// </summary>
public static partial class ServiceCost
{
    public static (bool IsFree, string? Details) Of(FeedService feed)
    {
        var fees = NullIfEmpty(ServiceMapper.Clean(feed.Fees));
        var paid = feed.Costs.Where(c => c.Amount is > 0).ToList();
        if (paid.Count > 0)
        {
            var details = string.Join("; ", paid.Select(c =>
                string.Join(' ', new[] { $"£{c.Amount!.Value.ToString("0.##", CultureInfo.InvariantCulture)}", ServiceMapper.Clean(c.Description), c.Option is null ? "" : $"({ServiceMapper.Clean(c.Option)})" }.Where(p => p.Length > 0))));
            return (false, Limit(fees is null ? details : $"{details}. {fees}", 500));
        }

        // Cost options, where a feed has them, say whether it is free; the free text decides only without them.
        var free = feed.Costs.Any(c => c.Amount == 0 || (c.Amount is null && c.Option is not null && FreeWords().IsMatch(c.Option)))
            || (feed.Costs.Count == 0 && fees is not null && FreeWords().IsMatch(fees));
        var written = fees ?? (free ? NullIfEmpty(ServiceMapper.Clean(feed.Costs.FirstOrDefault(c => c.Amount == 0)?.Description)) : null);
        return (free, written is null ? null : Limit(written, 500));
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string Limit(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    [GeneratedRegex(@"\b(free|no charge|no cost)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FreeWords();
}
