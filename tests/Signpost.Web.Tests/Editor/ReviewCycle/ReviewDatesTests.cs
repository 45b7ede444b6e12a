using System.ComponentModel.DataAnnotations;
using Signpost.Web.Features.Editor.ReviewCycle;

namespace Signpost.Web.Tests.Editor.ReviewCycle;

public sealed class ReviewDatesTests
{
    private static readonly DateOnly ReviewBy = new(2026, 3, 3);

    [Theory]
    [InlineData("2026-01-31", false)]
    [InlineData("2026-02-01", true)]
    [InlineData("2026-03-03", true)]
    [InlineData("2026-09-01", true)]
    public void Reminders_fall_due_thirty_days_before_the_review_by_date_and_stay_due_after_it(string today, bool due)
    {
        Assert.Equal(due, ReviewDates.IsDueForReminder(ReviewBy, DateOnly.Parse(today), 30));
    }

    [Fact]
    public void A_reminder_counts_for_the_period_whose_window_it_was_sent_in()
    {
        Assert.True(ReviewDates.AlreadyReminded(new DateOnly(2026, 2, 2), ReviewBy, 30));
        Assert.True(ReviewDates.AlreadyReminded(new DateOnly(2026, 4, 1), ReviewBy, 30));

        // Reviewed and moved on a year: the old reminder belongs to the old period.
        Assert.False(ReviewDates.AlreadyReminded(new DateOnly(2026, 2, 2), ReviewBy.AddYears(1), 30));
    }

    [Theory]
    [InlineData("2026-04-02", false)]
    [InlineData("2026-04-03", true)]
    public void The_public_notice_shows_once_the_grace_period_after_the_review_by_date_has_passed(string today, bool shown)
    {
        var options = new ReviewCycleOptions { OutOfDateAfterDays = 30 };
        Assert.Equal(shown, ReviewDates.IsOutOfDate(ReviewBy, DateOnly.Parse(today), options));
    }

    [Fact]
    public void The_public_notice_can_be_switched_off_and_needs_a_review_by_date()
    {
        var late = new DateOnly(2027, 1, 1);
        Assert.False(ReviewDates.IsOutOfDate(ReviewBy, late, new ReviewCycleOptions { OutOfDateNoticeEnabled = false }));
        Assert.False(ReviewDates.IsOutOfDate(null, late, new ReviewCycleOptions()));
        Assert.True(ReviewDates.IsOutOfDate(ReviewBy, ReviewBy.AddDays(1), new ReviewCycleOptions { OutOfDateAfterDays = 0 }));
    }

    [Fact]
    public void Dates_are_written_the_GOV_UK_way()
    {
        Assert.Equal("3 March 2026", ReviewDates.InWords(ReviewBy));
    }

    [Fact]
    public void The_defaults_are_valid_and_out_of_range_settings_are_not()
    {
        Assert.Empty(Validate(new ReviewCycleOptions()));
        Assert.Equal(nameof(ReviewCycleOptions.ReminderInterval), Assert.Single(Validate(new ReviewCycleOptions { ReminderInterval = TimeSpan.FromSeconds(5) })));
        Assert.Equal(nameof(ReviewCycleOptions.FirstRunDelay), Assert.Single(Validate(new ReviewCycleOptions { FirstRunDelay = TimeSpan.FromMinutes(-1) })));
        Assert.Equal(nameof(ReviewCycleOptions.OutOfDateAfterDays), Assert.Single(Validate(new ReviewCycleOptions { OutOfDateAfterDays = -1 })));
        Assert.Equal(nameof(ReviewCycleOptions.ReminderDaysBefore), Assert.Single(Validate(new ReviewCycleOptions { ReminderDaysBefore = 400 })));
        Assert.Equal(nameof(ReviewCycleOptions.SiteUrl), Assert.Single(Validate(new ReviewCycleOptions { SiteUrl = "signpost.example.org" })));
        Assert.Empty(Validate(new ReviewCycleOptions { SiteUrl = "https://signpost.example.org" }));
    }

    private static List<string> Validate(ReviewCycleOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.SelectMany(r => r.MemberNames).ToList();
    }
}
