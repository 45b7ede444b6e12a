using Microsoft.AspNetCore.Identity;
using Signpost.Data.Accounts;

namespace Signpost.Web.Features.Account.Passwords;

/// <summary>Applies <see cref="PasswordRules"/> wherever Identity sets a password: invitations, changes, the create-user verb.</summary>
public sealed class SignpostPasswordValidator(CommonPasswords common) : IPasswordValidator<SignpostUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<SignpostUser> manager, SignpostUser user, string? password)
    {
        var email = user.Email ?? await manager.GetEmailAsync(user);
        var problems = PasswordRules.Check(password, email, common);
        return problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed(problems.Select(p => new IdentityError { Code = p.Code, Description = p.Message }).ToArray());
    }
}
