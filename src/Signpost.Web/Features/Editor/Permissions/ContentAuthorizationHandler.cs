using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Editorial.Permissions;
using Signpost.Data;
using Signpost.Web.Features.Account;

namespace Signpost.Web.Features.Editor.Permissions;

/// <summary>
/// Applies <see cref="ContentPermissions"/> to the signed-in user. The organisation comes from
/// the cookie's claim; a principal made before that claim existed falls back to the store.
/// </summary>
public sealed class ContentAuthorizationHandler(SignpostDbContext db) : AuthorizationHandler<ContentOperationRequirement, ContentResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ContentOperationRequirement requirement, ContentResource resource)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var roles = user.FindAll(user.Identities.FirstOrDefault()?.RoleClaimType ?? ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        var actor = new ContentActor(roles, await OrganisationOfAsync(user));
        if (ContentPermissions.Allows(actor, requirement.Operation, resource))
        {
            context.Succeed(requirement);
        }
    }

    private async Task<Guid?> OrganisationOfAsync(ClaimsPrincipal user)
    {
        if (Guid.TryParse(user.FindFirstValue(SignpostClaimTypes.OrganisationId), out var organisationId))
        {
            return organisationId;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.OrganisationId).FirstOrDefaultAsync();
    }
}
