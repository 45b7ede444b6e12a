namespace Signpost.Core.Editorial;

/// <summary>Where one saved version stands in the workflow; the newest version gives the item's state.</summary>
public enum VersionState
{
    /// <summary>Saved by an editor, not yet sent for review.</summary>
    Draft,

    /// <summary>Submitted; waits in a directory manager's approval queue.</summary>
    InReview,

    /// <summary>Sent back with a comment; the editor may change it and submit again.</summary>
    Rejected,

    /// <summary>Approved and scheduled, or approved and live.</summary>
    Published,

    /// <summary>Was published and has since been replaced by a newer published version.</summary>
    Superseded,
}
