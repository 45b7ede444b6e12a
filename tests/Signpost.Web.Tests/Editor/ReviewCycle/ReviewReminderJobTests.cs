using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Web.Tests.Editor.Taxonomy;

namespace Signpost.Web.Tests.Editor.ReviewCycle;

/// <summary>The hosted job itself: it waits the first-run delay, then sends what is due.</summary>
public sealed class ReviewReminderJobTests(ReviewReminderJobTests.JobSiteFactory site) : IClassFixture<ReviewReminderJobTests.JobSiteFactory>
{
    [Fact]
    public async Task The_job_sends_due_reminders_after_its_first_run_delay()
    {
        // A manager to fall back on, made before the delay is over; seeded listings are past their dates by late 2026.
        var manager = $"manager-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.EnsureUserAsync(site, Roles.DirectoryManager, null, manager);
        site.Clock.FixedAt = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

        var mail = await ManagerHttp.WaitUntilAsync(
            () => Task.FromResult(site.Mail.Sent),
            sent => sent.Count > 0,
            TimeSpan.FromSeconds(20),
            sent => $"{sent.Count} mails");

        Assert.Contains(mail, m => m.Subject.StartsWith("Review due:") && m.To.Count > 0);
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            Assert.True(await db.ReviewReminders.AnyAsync());
        }
    }

    public sealed class JobSiteFactory : ReviewCycleSiteFactory
    {
        public JobSiteFactory()
            : base(new Dictionary<string, string>
            {
                ["Signpost:ReviewCycle:FirstRunDelay"] = "00:00:05",
                ["Signpost:ReviewCycle:ReminderInterval"] = "00:01:00",
            },
            remindersEnabled: true)
        {
        }
    }
}
