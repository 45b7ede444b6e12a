using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Data;
using Signpost.Data.Accounts;
using Signpost.Web.Infrastructure.Mail;

namespace Signpost.Web.Features.Participation.Moderation;

/// <summary>
/// Tells the owning organisation's editors that feedback about their service was escalated to them.
/// The mail carries the officer's note, never the person's words: editors only ever see words an
/// officer has approved. Feedback about no service, or an organisation with no editors, goes to the
/// directory managers. A mail that cannot be sent is logged; the escalation stands.
/// </summary>
public sealed class EscalationMail(SignpostDbContext db, UserManager<SignpostUser> users, IMailSender mail, TimeProvider clock, ILogger<EscalationMail> logger)
{
    public async Task SendAsync(long responseId, string note, CancellationToken cancellationToken)
    {
        try
        {
            var about = await db.FeedbackResponses.AsNoTracking().Where(r => r.Id == responseId)
                .Select(r => new { r.OrganisationId, Service = db.Services.Where(s => s.Id == r.ServiceId).Select(s => s.Name).FirstOrDefault() })
                .SingleAsync(cancellationToken);
            var now = clock.GetUtcNow();
            bool CanReceive(SignpostUser u) => !string.IsNullOrWhiteSpace(u.Email) && !(u.LockoutEnd > now);
            var to = about.OrganisationId is { } owner
                ? (await users.GetUsersInRoleAsync(Roles.Editor)).Where(u => u.OrganisationId == owner && CanReceive(u)).Select(u => u.Email!).Distinct().ToList()
                : [];
            if (to.Count == 0)
            {
                to = (await users.GetUsersInRoleAsync(Roles.DirectoryManager)).Where(CanReceive).Select(u => u.Email!).Distinct().ToList();
            }

            if (to.Count == 0)
            {
                logger.LogWarning("Feedback {Id} was escalated but nobody can be told by email", responseId);
                return;
            }

            var service = about.Service ?? "the directory";
            await mail.SendAsync(new OutgoingMail(
                to,
                $"Feedback escalated to you: {service} (response {responseId})",
                $"A participation officer escalated feedback about {service} to you.\n\nTheir note:\n{note}\n\n"
                + "The person's own words stay with the participation team until they are moderated; reply to the officer if you need more."),
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not send the escalation mail for feedback {Id}", responseId);
        }
    }
}
