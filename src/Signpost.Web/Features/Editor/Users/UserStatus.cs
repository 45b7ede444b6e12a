namespace Signpost.Web.Features.Editor.Users;

public enum UserStatus
{
    Active,

    /// <summary>Locked for a while after repeated failed sign-ins.</summary>
    LockedOut,

    /// <summary>Disabled by an administrator: locked with no end.</summary>
    Disabled,
}
