namespace Signpost.Web.Features.Editor.Users;

public static class UserStatusText
{
    /// <summary>Identity has one lockout end for both cases; "disabled" is the far-future end an administrator sets.</summary>
    public static UserStatus Of(DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        lockoutEnd is not { } end || end <= now ? UserStatus.Active
        : end.Year >= 9999 ? UserStatus.Disabled
        : UserStatus.LockedOut;

    public static string Text(this UserStatus status) => status switch
    {
        UserStatus.LockedOut => "Locked out",
        UserStatus.Disabled => "Disabled",
        _ => "Active",
    };
}
