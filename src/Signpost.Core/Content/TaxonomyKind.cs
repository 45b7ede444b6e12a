namespace Signpost.Core.Content;

public enum TaxonomyKind
{
    Category,
    Need,
    Outcome,

    /// <summary>A tag from an imported feed that matched none of our terms; kept so a directory manager can map it later. Never shown to the public.</summary>
    Imported,
}
