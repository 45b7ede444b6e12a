using System.Globalization;

namespace Signpost.Web.Features.Editor.ReviewCycle;

/// <summary>The review-cycle date rules, in one place so the job, the public notice and their tests agree.</summary>
public static class ReviewDates
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Whether editors should be reminded today: the review-by date is near or has passed.</summary>
    public static bool IsDueForReminder(DateOnly reviewBy, DateOnly today, int daysBefore) =>
        today >= reviewBy.AddDays(-daysBefore);

    /// <summary>
    /// Whether a reminder sent on <paramref name="sentOn"/> counts for the current review period.
    /// Only the send date is stored, so a reminder belongs to the current period when it was sent
    /// after that period's reminder window opened; moving the review-by date on starts a new period.
    /// </summary>
    public static bool AlreadyReminded(DateOnly sentOn, DateOnly reviewBy, int daysBefore) =>
        sentOn >= reviewBy.AddDays(-daysBefore);

    /// <summary>Whether the public page should say the listing may be out of date.</summary>
    public static bool IsOutOfDate(DateOnly? reviewBy, DateOnly today, ReviewCycleOptions options) =>
        options.OutOfDateNoticeEnabled && reviewBy is { } date && today > date.AddDays(options.OutOfDateAfterDays);

    /// <summary>"3 March 2026", as GOV.UK writes dates.</summary>
    public static string InWords(DateOnly date) => date.ToString("d MMMM yyyy", British);
}
