namespace Signpost.Core.Feedback.Reporting;

/// <summary>Why a count is not shown.</summary>
public enum SuppressionMark
{
    /// <summary>Shown as it is.</summary>
    None,

    /// <summary>1 to 4: shown as "&lt;5".</summary>
    SmallNumber,

    /// <summary>
    /// Not small itself, but hidden so that a small number beside it cannot be worked out from a
    /// total (or a "did not tick" count from the number asked); shown as "[c]".
    /// </summary>
    Secondary,
}
