using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Signpost.Data.Accounts;

namespace Signpost.Web.Features.Account;

/// <summary>
/// Adds the organisation and two-factor state to the cookie, so permission checks and the
/// administrators' two-factor rule need no store read per request. The security stamp validator
/// rebuilds the principal through this factory, so changes reach existing sessions within its interval.
/// </summary>
public sealed class SignpostClaimsPrincipalFactory(
    UserManager<SignpostUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<SignpostUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SignpostUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.OrganisationId is { } organisationId)
        {
            identity.AddClaim(new Claim(SignpostClaimTypes.OrganisationId, organisationId.ToString()));
        }

        identity.AddClaim(new Claim(SignpostClaimTypes.TwoFactorEnabled, user.TwoFactorEnabled ? "true" : "false"));
        return identity;
    }
}
