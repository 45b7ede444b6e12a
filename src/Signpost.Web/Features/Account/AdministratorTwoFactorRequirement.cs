using Microsoft.AspNetCore.Authorization;
using Signpost.Core.Accounts;

namespace Signpost.Web.Features.Account;

/// <summary>Administrators can change every account, so theirs must have a second factor before they use the back office.</summary>
public sealed class AdministratorTwoFactorRequirement : AuthorizationHandler<AdministratorTwoFactorRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, AdministratorTwoFactorRequirement requirement)
    {
        var user = context.User;
        if (!user.IsInRole(Roles.Administrator) || user.HasClaim(SignpostClaimTypes.TwoFactorEnabled, "true"))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
