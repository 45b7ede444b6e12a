namespace Signpost.Web.Features.Account;

/// <summary>Claims the back office's cookie carries beside Identity's own (id, email, roles, security stamp).</summary>
public static class SignpostClaimTypes
{
    /// <summary>The editor's organisation id (a Guid); absent for users who belong to none.</summary>
    public const string OrganisationId = "signpost:organisation";

    /// <summary>"true" when the user has an authenticator app set up; refreshed with the security stamp.</summary>
    public const string TwoFactorEnabled = "signpost:two-factor";
}
