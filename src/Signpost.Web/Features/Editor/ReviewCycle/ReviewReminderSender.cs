using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Rules;
using Signpost.Data;
using Signpost.Data.Accounts;
using Signpost.Web.Infrastructure;
using Signpost.Web.Infrastructure.Mail;

namespace Signpost.Web.Features.Editor.ReviewCycle;

/// <summary>
/// Emails each organisation's editors about its listings whose review-by date is near or past,
/// once per review period. Safe with several nodes: a node claims a service by writing its
/// <see cref="ReviewReminder"/> row before sending, and a node that loses the claim skips it.
/// </summary>
public sealed class ReviewReminderSender(
    IServiceScopeFactory scopes,
    IOptions<ReviewCycleOptions> options,
    IOptions<SignpostOptions> site,
    TimeProvider clock,
    ILogger<ReviewReminderSender> logger)
{
    /// <summary>Sends what is due now. Returns how many services' reminders this call sent.</summary>
    public async Task<int> SendDueRemindersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mail = scope.ServiceProvider.GetService<IMailSender>();
        if (mail is null)
        {
            // Claiming without a way to send would mark reminders sent that nobody received.
            logger.LogWarning("No mail sender is registered, so no review reminders were sent");
            return 0;
        }

        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SignpostUser>>();
        var settings = options.Value;
        var today = UkTime.Today(clock);
        var due = await FindDueAsync(db, today, settings.ReminderDaysBefore, cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        bool CanReceive(SignpostUser u) => !string.IsNullOrWhiteSpace(u.Email) && !(u.LockoutEnd > now);
        var editors = (await users.GetUsersInRoleAsync(Roles.Editor)).Where(CanReceive).ToList();
        var managers = (await users.GetUsersInRoleAsync(Roles.DirectoryManager)).Where(CanReceive).Select(u => u.Email!).Distinct().ToList();

        var sent = 0;
        foreach (var organisation in due.GroupBy(s => s.OrganisationId))
        {
            var own = editors.Where(e => e.OrganisationId == organisation.Key).Select(e => e.Email!).Distinct().ToList();
            var to = own.Count > 0 ? own : managers;
            var name = organisation.First().OrganisationName;
            if (to.Count == 0)
            {
                logger.LogWarning("{Organisation} has listings due for review but nobody to remind: no editors and no directory managers", name);
                continue;
            }

            var claimed = new List<DueService>();
            try
            {
                foreach (var service in organisation)
                {
                    if (await TryClaimAsync(db, service, today, cancellationToken))
                    {
                        claimed.Add(service);
                    }
                }

                if (claimed.Count == 0)
                {
                    continue;
                }

                await mail.SendAsync(ReviewReminderMail.For(to, name, claimed, today, site.Value.SiteName, settings.SiteUrl, own.Count == 0), cancellationToken);
                sent += claimed.Count;
                logger.LogInformation("Reminded {Count} people that {Services} listings from {Organisation} are due for review", to.Count, claimed.Count, name);
            }
            catch (Exception ex)
            {
                // Give the claims back, so this node or another tries again on the next run.
                foreach (var service in claimed)
                {
                    await ReleaseAsync(db, service, today, CancellationToken.None);
                }

                if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                logger.LogError(ex, "Sending the review reminder for {Organisation} failed; it will be tried again", name);
            }
        }

        return sent;
    }

    private static async Task<List<DueService>> FindDueAsync(SignpostDbContext db, DateOnly today, int daysBefore, CancellationToken cancellationToken)
    {
        var windowEnd = today.AddDays(daysBefore);
        var candidates = await db.Services.AsNoTracking()
            .Where(s => s.Status == ContentStatus.Published && s.ReviewBy != null && s.ReviewBy <= windowEnd && (s.ValidTo == null || s.ValidTo >= today))
            .Select(s => new { s.Id, s.Slug, s.Name, s.OrganisationId, Organisation = s.Organisation.Name, ReviewBy = s.ReviewBy!.Value })
            .ToListAsync(cancellationToken);
        var ids = candidates.Select(c => c.Id).ToList();
        var reminded = await db.ReviewReminders.AsNoTracking()
            .Where(r => ids.Contains(r.ServiceId))
            .ToDictionaryAsync(r => r.ServiceId, r => r.SentOn, cancellationToken);
        return candidates
            .Select(c => new DueService(c.Id, c.Slug, c.Name, c.OrganisationId, c.Organisation, c.ReviewBy, reminded.TryGetValue(c.Id, out var on) ? on : null))
            .Where(s => ReviewDates.IsDueForReminder(s.ReviewBy, today, daysBefore)
                && !(s.LastRemindedOn is { } sentOn && ReviewDates.AlreadyReminded(sentOn, s.ReviewBy, daysBefore)))
            .ToList();
    }

    /// <summary>
    /// Records the reminder before it is sent. The first reminder inserts the row, and a unique-key
    /// failure means another node inserted it first; a later period's reminder moves the row's date
    /// on only if it still holds the date this node read, so of two nodes exactly one wins.
    /// </summary>
    private async Task<bool> TryClaimAsync(SignpostDbContext db, DueService service, DateOnly today, CancellationToken cancellationToken)
    {
        if (service.LastRemindedOn is { } previous)
        {
            var moved = await db.ReviewReminders
                .Where(r => r.ServiceId == service.Id && r.SentOn == previous)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.SentOn, today), cancellationToken);
            return moved == 1;
        }

        db.ReviewReminders.Add(new ReviewReminder { ServiceId = service.Id, SentOn = today });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex)
        {
            db.ChangeTracker.Clear();
            if (await db.ReviewReminders.AnyAsync(r => r.ServiceId == service.Id, cancellationToken))
            {
                logger.LogDebug("Another node claimed the review reminder for {Service}", service.Slug);
                return false;
            }

            // Not a lost race (the service may have been deleted meanwhile): skip it this run.
            logger.LogWarning(ex, "Could not record the review reminder for {Service}", service.Slug);
            return false;
        }
    }

    private static Task ReleaseAsync(SignpostDbContext db, DueService service, DateOnly today, CancellationToken cancellationToken) =>
        service.LastRemindedOn is { } previous
            ? db.ReviewReminders.Where(r => r.ServiceId == service.Id && r.SentOn == today).ExecuteUpdateAsync(r => r.SetProperty(x => x.SentOn, previous), cancellationToken)
            : db.ReviewReminders.Where(r => r.ServiceId == service.Id && r.SentOn == today).ExecuteDeleteAsync(cancellationToken);
}
