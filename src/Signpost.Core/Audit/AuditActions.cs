namespace Signpost.Core.Audit;

public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string SignOut = "sign-out";
    public const string SignOutEverywhere = "sign-out-everywhere";
    public const string TwoFactorEnabled = "two-factor-enabled";
    public const string TwoFactorDisabled = "two-factor-disabled";
    public const string PasswordChanged = "password-changed";
    public const string UserInvited = "user-invited";
    public const string InvitationAccepted = "invitation-accepted";
    public const string RoleChanged = "role-changed";
    public const string UserDisabled = "user-disabled";
    public const string UserEnabled = "user-enabled";
    public const string Saved = "saved";
    public const string Submitted = "submitted";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Published = "published";
    public const string Withdrawn = "withdrawn";
    public const string Restored = "restored";
    public const string RolledBack = "rolled-back";
    public const string Scheduled = "scheduled";
    public const string ScheduleCancelled = "schedule-cancelled";
    public const string MarkedReviewed = "marked-reviewed";
    public const string TaxonomyChanged = "taxonomy-changed";
    public const string SynonymsChanged = "synonyms-changed";
    public const string Exported = "exported";
    public const string TrustChanged = "trust-changed";

    /// <summary>A feed import finished; each record it created or changed has its own saved or published entry too.</summary>
    public const string Imported = "imported";
}
