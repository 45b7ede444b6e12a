using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Data;
using Signpost.Web.Features.Account;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Users;

[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(UserQueries queries, SignpostDbContext db, InvitationSender invitations, IAuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true, Name = "email")]
    public string? DoneEmail { get; set; }

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public IReadOnlyList<PendingInvitation> Pending { get; private set; } = [];

    public string? SuccessMessage => Done switch
    {
        "invited" => $"Invitation sent to {DoneEmail}",
        "resent" => $"Invitation sent again to {DoneEmail}",
        "cancelled" => $"Invitation to {DoneEmail} cancelled",
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Users = await queries.ListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Invitations.AsNoTracking().Where(i => i.AcceptedAt == null).OrderBy(i => i.Email).ToListAsync(cancellationToken);
        var organisationIds = rows.Select(i => i.OrganisationId).OfType<Guid>().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        Pending = rows.Select(i => new PendingInvitation(
                i.Id,
                i.Email,
                RoleNames.Display(i.Role),
                i.OrganisationId is { } id ? organisations.GetValueOrDefault(id) : null,
                i.ExpiresAt,
                i.ExpiresAt <= now))
            .ToList();
    }

    public async Task<IActionResult> OnPostResendAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        if (await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.AcceptedAt == null, cancellationToken) is not { } invitation)
        {
            return NotFound();
        }

        await invitations.ResendAsync(invitation, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", cancellationToken);
        return Redirect($"/editor/users?done=resent&email={Uri.EscapeDataString(invitation.Email)}");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        if (await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId && i.AcceptedAt == null, cancellationToken) is not { } invitation)
        {
            return NotFound();
        }

        db.Invitations.Remove(invitation);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.UserInvited, invitation.Email, "Invitation cancelled", cancellationToken);
        return Redirect($"/editor/users?done=cancelled&email={Uri.EscapeDataString(invitation.Email)}");
    }
}
