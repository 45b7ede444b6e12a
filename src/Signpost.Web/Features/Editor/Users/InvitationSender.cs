using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Data;
using Signpost.Web.Features.Account;
using Signpost.Web.Infrastructure;
using Signpost.Web.Infrastructure.Audit;
using Signpost.Web.Infrastructure.Mail;

namespace Signpost.Web.Features.Editor.Users;

/// <summary>Creates and resends invitations: a fresh token each time, its hash stored, the link mailed once.</summary>
public sealed class InvitationSender(SignpostDbContext db, IMailSender mail, IAuditLog audit, TimeProvider clock, IOptions<SignpostOptions> site)
{
    public async Task<Invitation> InviteAsync(string email, string role, Guid? organisationId, string invitedById, string linkBase, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = InvitationTokens.NewToken();
        var invitation = new Invitation
        {
            Id = Guid.NewGuid(),
            Email = email,
            Role = role,
            OrganisationId = organisationId,
            TokenHash = InvitationTokens.Hash(token),
            InvitedById = invitedById,
            CreatedAt = now,
            ExpiresAt = now + InvitationTokens.Lifetime,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        await SendAsync(invitation, token, linkBase, cancellationToken);
        await audit.RecordAsync(AuditActions.UserInvited, email, $"As {RoleNames.Display(role)}{await OrganisationSuffixAsync(organisationId, cancellationToken)}", cancellationToken);
        return invitation;
    }

    /// <summary>A new link replaces the old one (which stops working) and runs for another 72 hours.</summary>
    public async Task ResendAsync(Invitation invitation, string linkBase, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = InvitationTokens.NewToken();
        invitation.TokenHash = InvitationTokens.Hash(token);
        invitation.CreatedAt = now;
        invitation.ExpiresAt = now + InvitationTokens.Lifetime;
        await db.SaveChangesAsync(cancellationToken);
        await SendAsync(invitation, token, linkBase, cancellationToken);
        await audit.RecordAsync(AuditActions.UserInvited, invitation.Email, "Invitation sent again", cancellationToken);
    }

    private async Task SendAsync(Invitation invitation, string token, string linkBase, CancellationToken cancellationToken)
    {
        var link = $"{linkBase.TrimEnd('/')}/account/accept-invitation?token={token}";
        var organisation = await OrganisationSuffixAsync(invitation.OrganisationId, cancellationToken);
        var siteName = site.Value.SiteName;
        var body = $"""
            Hello,

            You have been invited to the {siteName} back office as {RoleNames.Display(invitation.Role)}{organisation}.

            To choose your password and sign in, open this link within 72 hours:

            {link}

            The link works once. If it has expired, ask the administrator who invited you to send a new one.

            If you did not expect this email, you can ignore it.

            {siteName}
            """;
        await mail.SendAsync(new OutgoingMail([invitation.Email], $"Your invitation to {siteName}", body), cancellationToken);
    }

    private async Task<string> OrganisationSuffixAsync(Guid? organisationId, CancellationToken cancellationToken) =>
        organisationId is { } id && await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) is { } name
            ? $" for {name}"
            : "";
}
