namespace Signpost.Web.Features.Account;

/// <summary>Authorization policy names shared by the back office's pages.</summary>
public static class Policies
{
    /// <summary>Signed in with one of the four roles, and an administrator has two-factor on. Every page under /editor requires it.</summary>
    public const string EditorArea = "EditorArea";

    /// <summary>The editor area, as an administrator: users and the audit log.</summary>
    public const string Administrator = "Administrator";

    /// <summary>The editor area, as a participation officer or an administrator: feedback moderation, "you said, we did", participation reports.</summary>
    public const string Participation = "Participation";
}
