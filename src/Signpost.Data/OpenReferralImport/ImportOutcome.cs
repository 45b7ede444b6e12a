namespace Signpost.Data.OpenReferralImport;

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,

    /// <summary>Not imported, with the reason.</summary>
    Skipped,

    /// <summary>The same id appeared earlier in the feed; the first one counts.</summary>
    Repeated,
}
