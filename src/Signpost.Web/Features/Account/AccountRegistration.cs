using Microsoft.AspNetCore.Identity;

namespace Signpost.Web.Features.Account;

public static class AccountRegistration
{
    /// <summary>Sign-in for the editor back office: Identity cookies, two-factor, mail, audit. The public site stays cookie-free.</summary>
    public static WebApplicationBuilder AddSignpostAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.AddAuthorization();
        return builder;
    }
}
