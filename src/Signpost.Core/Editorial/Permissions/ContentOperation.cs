namespace Signpost.Core.Editorial.Permissions;

public enum ContentOperation
{
    View,
    Edit,
    Submit,

    /// <summary>Make one's own change live without review.</summary>
    Publish,

    /// <summary>Approve or reject someone else's submission.</summary>
    Approve,

    Withdraw,
    Restore,
    Rollback,

    /// <summary>Let an organisation's editors publish without review, or take that away.</summary>
    Trust,
}
