using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Data;
using Signpost.Data.Accounts;
using Signpost.Web.Features.Account;

namespace Signpost.Web.Features.Editor.Users;

[Authorize(Policy = Policies.Administrator)]
public sealed class InviteModel(SignpostDbContext db, UserManager<SignpostUser> users, InvitationSender invitations, TimeProvider clock) : PageModel
{
    [BindProperty(Name = "email")]
    public string? Email { get; set; }

    [BindProperty(Name = "role")]
    public string? Role { get; set; }

    [BindProperty(Name = "organisation")]
    public Guid? OrganisationId { get; set; }

    public IReadOnlyList<OrganisationOption> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Organisations = await LoadOrganisationsAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var email = Email?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            ModelState.AddModelError("email", "Enter an email address");
        }
        else if (!new EmailAddressAttribute().IsValid(email) || email.Length > 256)
        {
            ModelState.AddModelError("email", "Enter an email address in the correct format, like name@example.org");
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            ModelState.AddModelError("email", "A user with this email address already exists");
        }
        else if (await db.Invitations.AnyAsync(i => i.Email == email && i.AcceptedAt == null && i.ExpiresAt > clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            ModelState.AddModelError("email", "This email address already has an invitation waiting: send it again from the users page");
        }

        var role = Role is null ? null : Roles.All.FirstOrDefault(r => r == Role);
        if (role is null)
        {
            ModelState.AddModelError("role", "Select a role");
        }

        var organisationId = await ValidOrganisationAsync(db, OrganisationId, cancellationToken);
        if (role == Roles.Editor && organisationId is null)
        {
            ModelState.AddModelError("organisation", "Select the organisation this editor works for");
        }

        if (!ModelState.IsValid)
        {
            Organisations = await LoadOrganisationsAsync(db, cancellationToken);
            return Page();
        }

        await invitations.InviteAsync(email!, role!, organisationId, User.FindFirstValue(ClaimTypes.NameIdentifier)!, $"{Request.Scheme}://{Request.Host}{Request.PathBase}", cancellationToken);
        return Redirect($"/editor/users?done=invited&email={Uri.EscapeDataString(email!)}");
    }

    public static async Task<IReadOnlyList<OrganisationOption>> LoadOrganisationsAsync(SignpostDbContext db, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new OrganisationOption(o.Id, o.Name)).ToListAsync(cancellationToken);

    public static async Task<Guid?> ValidOrganisationAsync(SignpostDbContext db, Guid? organisationId, CancellationToken cancellationToken) =>
        organisationId is { } id && await db.Organisations.AnyAsync(o => o.Id == id, cancellationToken) ? id : null;
}
