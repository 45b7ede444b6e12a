using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Data;
using Signpost.Data.Accounts;
using Signpost.Web.Features.Account;
using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Editor.Users;

/// <summary>One user: change role and organisation, disable or enable, sign out everywhere.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class DetailsModel(UserManager<SignpostUser> users, SignpostDbContext db, UserQueries queries, IAuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty(Name = "role")]
    public string? Role { get; set; }

    [BindProperty(Name = "organisation")]
    public Guid? OrganisationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public SignpostUser Account { get; private set; } = null!;

    public string? CurrentRole { get; private set; }

    public string? OrganisationName { get; private set; }

    public UserStatus Status { get; private set; }

    public DateTime? LastSignIn { get; private set; }

    public bool IsSelf { get; private set; }

    public IReadOnlyList<OrganisationOption> Organisations { get; private set; } = [];

    public string? SuccessMessage => Done switch
    {
        "role" => "Role and organisation saved. The user's open sessions pick up the change within a minute.",
        "disabled" => "Account disabled. The user has been signed out everywhere.",
        "enabled" => "Account enabled.",
        "signed-out" => "The user has been signed out everywhere.",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Role = CurrentRole;
        OrganisationId = Account.OrganisationId;
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var role = Roles.All.FirstOrDefault(r => r == Role);
        var organisationId = await InviteModel.ValidOrganisationAsync(db, OrganisationId, cancellationToken);
        if (role is null)
        {
            ModelState.AddModelError("role", "Select a role");
        }
        else if (IsSelf && role != CurrentRole)
        {
            // Keeps the last administrator from locking everyone out of user management by accident.
            ModelState.AddModelError("role", "You cannot change your own role: ask another administrator");
        }

        if (role == Roles.Editor && organisationId is null)
        {
            ModelState.AddModelError("organisation", "Select the organisation this editor works for");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = Describe(CurrentRole, OrganisationName);
        if (CurrentRole != role)
        {
            if (CurrentRole is not null)
            {
                await users.RemoveFromRoleAsync(Account, CurrentRole);
            }

            await users.AddToRoleAsync(Account, role!);
        }

        Account.OrganisationId = organisationId;
        await users.UpdateAsync(Account);
        var after = Describe(role, organisationId is { } o ? Organisations.First(x => x.Id == o).Name : null);
        if (before != after)
        {
            await audit.RecordAsync(AuditActions.RoleChanged, Account.Email, $"{before} -> {after}", cancellationToken);
        }

        return Redirect($"/editor/users/{id}?done=role");
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (IsSelf)
        {
            ModelState.AddModelError("disable", "You cannot disable your own account");
            return Page();
        }

        await users.SetLockoutEnabledAsync(Account, true);
        await users.SetLockoutEndDateAsync(Account, DateTimeOffset.MaxValue);

        // Disabling also ends the sessions the user already has, not just future sign-ins.
        await users.UpdateSecurityStampAsync(Account);
        await audit.RecordAsync(AuditActions.UserDisabled, Account.Email, null, cancellationToken);
        return Redirect($"/editor/users/{id}?done=disabled");
    }

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        await audit.RecordAsync(AuditActions.UserEnabled, Account.Email, Status == UserStatus.LockedOut ? "Unlocked after failed sign-ins" : null, cancellationToken);
        return Redirect($"/editor/users/{id}?done=enabled");
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await users.UpdateSecurityStampAsync(Account);
        await audit.RecordAsync(AuditActions.SignOutEverywhere, Account.Email, "By an administrator", cancellationToken);
        return Redirect($"/editor/users/{id}?done=signed-out");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return false;
        }

        Account = account;
        CurrentRole = (await users.GetRolesAsync(account)).FirstOrDefault();
        OrganisationName = account.OrganisationId is { } organisationId
            ? await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        Status = UserStatusText.Of(account.LockoutEnd, clock.GetUtcNow());
        LastSignIn = await queries.LastSignInAsync(account.Id, cancellationToken);
        IsSelf = account.Id == User.FindFirstValue(ClaimTypes.NameIdentifier);
        Organisations = await InviteModel.LoadOrganisationsAsync(db, cancellationToken);
        return true;
    }

    private static string Describe(string? role, string? organisation) =>
        (role is null ? "No role" : RoleNames.Display(role)) + (organisation is null ? "" : $" ({organisation})");
}
