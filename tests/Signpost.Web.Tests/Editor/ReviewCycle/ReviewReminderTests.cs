using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Web.Features.Editor.ReviewCycle;
using Signpost.Web.Infrastructure.Mail;

namespace Signpost.Web.Tests.Editor.ReviewCycle;

/// <summary>
/// The reminder pass against the real store, with the clock set to early January 2026 when no seeded
/// listing is due yet: each test makes its own organisation's listing due and reads the mail.
/// </summary>
public sealed class ReviewReminderTests(ReviewCycleSiteFactory site) : IClassFixture<ReviewCycleSiteFactory>
{
    private static readonly DateOnly Today = new(2026, 1, 5);

    private ReviewReminderSender Sender => site.Services.GetRequiredService<ReviewReminderSender>();

    [Fact]
    public async Task The_owning_organisations_editors_get_one_reminder_per_review_period()
    {
        SetToday(Today);
        var service = await FirstServiceOfAsync("halton-ymca");
        var first = await EditorOfAsync("halton-ymca");
        var second = await EditorOfAsync("halton-ymca");
        var other = await EditorOfAsync("halton-camhs");
        var manager = await ManagerAsync();
        await SetReviewByAsync(service.Id, Today.AddDays(20));

        await Sender.SendDueRemindersAsync(CancellationToken.None);

        var mail = Assert.Single(MailAbout(service));
        Assert.Equal(new[] { first, second }.Order(), mail.To.Order());
        Assert.DoesNotContain(other, mail.To);
        Assert.DoesNotContain(manager, mail.To);
        Assert.Contains($"- {service.Name} is due for review by {ReviewDates.InWords(Today.AddDays(20))}: /services/{service.Slug}", mail.TextBody);
        Assert.Equal(Today, await SentOnAsync(service.Id));

        // The next hourly and daily runs send nothing more for this review date.
        await Sender.SendDueRemindersAsync(CancellationToken.None);
        SetToday(Today.AddDays(1));
        await Sender.SendDueRemindersAsync(CancellationToken.None);
        SetToday(Today.AddDays(40));
        await Sender.SendDueRemindersAsync(CancellationToken.None);
        Assert.Single(MailAbout(service));

        // Reviewed: the date moves on a year, and the next reminder comes 30 days before it.
        var next = Today.AddYears(1);
        await SetReviewByAsync(service.Id, next, keepReminders: true);
        SetToday(next.AddDays(-31));
        await Sender.SendDueRemindersAsync(CancellationToken.None);
        Assert.Single(MailAbout(service));
        SetToday(next.AddDays(-30));
        await Sender.SendDueRemindersAsync(CancellationToken.None);
        Assert.Equal(2, MailAbout(service).Count);
        Assert.Equal(next.AddDays(-30), await SentOnAsync(service.Id));
    }

    [Fact]
    public async Task An_organisation_without_editors_has_its_reminders_sent_to_directory_managers()
    {
        SetToday(Today);
        var service = await FirstServiceOfAsync("halton-play-council");
        var manager = await ManagerAsync();
        await SetReviewByAsync(service.Id, Today.AddDays(-3));

        await Sender.SendDueRemindersAsync(CancellationToken.None);

        var mail = Assert.Single(MailAbout(service));
        Assert.Contains(manager, mail.To);
        Assert.Contains("has no editors", mail.TextBody);
        Assert.Contains($"was due for review on {ReviewDates.InWords(Today.AddDays(-3))}", mail.TextBody);
    }

    [Fact]
    public async Task Several_nodes_running_at_once_send_each_reminder_once()
    {
        SetToday(Today);
        var service = await FirstServiceOfAsync("halton-carers-centre");
        await EditorOfAsync("halton-carers-centre");
        await SetReviewByAsync(service.Id, Today.AddDays(5));

        // Each pass opens its own scope and store connection, as another node would.
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Sender.SendDueRemindersAsync(CancellationToken.None))));

        Assert.Single(MailAbout(service));
        Assert.Equal(Today, await SentOnAsync(service.Id));
    }

    [Fact]
    public async Task A_failed_send_gives_the_claim_back_so_a_later_run_sends_it()
    {
        SetToday(Today);
        var service = await FirstServiceOfAsync("halton-school-transport");
        await EditorOfAsync("halton-school-transport");
        await SetReviewByAsync(service.Id, Today.AddDays(10));

        site.Mail.Fail = true;
        try
        {
            await Sender.SendDueRemindersAsync(CancellationToken.None);
        }
        finally
        {
            site.Mail.Fail = false;
        }

        Assert.Null(await SentOnAsync(service.Id));
        Assert.Empty(MailAbout(service));

        await Sender.SendDueRemindersAsync(CancellationToken.None);
        Assert.Single(MailAbout(service));
    }

    [Fact]
    public async Task Listings_that_are_not_published_or_not_yet_near_their_date_are_left_alone()
    {
        SetToday(Today);
        var services = await ServicesOfAsync("riverside-college", 2);
        await EditorOfAsync("riverside-college");
        await SetReviewByAsync(services[0].Id, Today.AddDays(31));
        await SetReviewByAsync(services[1].Id, Today.AddDays(-10), ContentStatus.Withdrawn);

        await Sender.SendDueRemindersAsync(CancellationToken.None);

        Assert.Empty(MailAbout(services[0]));
        Assert.Empty(MailAbout(services[1]));
    }

    private void SetToday(DateOnly date) => site.Clock.FixedAt = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private List<OutgoingMail> MailAbout(Service service) =>
        site.Mail.Sent.Where(m => m.TextBody.Contains($"/services/{service.Slug}")).ToList();

    private async Task<string> EditorOfAsync(string organisationSlug)
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.EnsureUserAsync(site, Roles.Editor, organisationSlug, email);
        return email;
    }

    private async Task<string> ManagerAsync()
    {
        var email = $"manager-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.EnsureUserAsync(site, Roles.DirectoryManager, null, email);
        return email;
    }

    private async Task<Service> FirstServiceOfAsync(string organisationSlug) => (await ServicesOfAsync(organisationSlug, 1))[0];

    private async Task<List<Service>> ServicesOfAsync(string organisationSlug, int count)
    {
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            var services = await db.Services.AsNoTracking()
                .Where(s => s.Organisation.Slug == organisationSlug && s.Status == ContentStatus.Published && s.ValidTo == null)
                .OrderBy(s => s.Slug)
                .Take(count)
                .ToListAsync();
            Assert.True(services.Count == count, $"The seed should have {count} published services from {organisationSlug}");
            return services;
        }
    }

    /// <summary>
    /// Arranges a listing's review date. Unless told to keep them, earlier reminders are forgotten: the
    /// tests move the clock back and forth, which real time never does.
    /// </summary>
    private async Task SetReviewByAsync(Guid serviceId, DateOnly reviewBy, ContentStatus status = ContentStatus.Published, bool keepReminders = false)
    {
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            if (!keepReminders)
            {
                await db.ReviewReminders.Where(r => r.ServiceId == serviceId).ExecuteDeleteAsync();
            }

            var service = await db.Services.SingleAsync(s => s.Id == serviceId);
            service.ReviewBy = reviewBy;
            service.Status = status;
            await db.SaveChangesAsync();
        }
    }

    private async Task<DateOnly?> SentOnAsync(Guid serviceId)
    {
        var (scope, db) = site.OpenStore();
        await using (scope)
        {
            return await db.ReviewReminders.AsNoTracking().Where(r => r.ServiceId == serviceId).Select(r => (DateOnly?)r.SentOn).SingleOrDefaultAsync();
        }
    }
}
