namespace Signpost.Core.ChangeFeed;

public enum ContentChangeKind
{
    /// <summary>A service was added, changed, published or withdrawn: re-read it and index or remove it.</summary>
    Service,
    /// <summary>Synonyms changed: reload them.</summary>
    Synonyms,
    /// <summary>Something every listing depends on changed (taxonomy labels): rebuild the whole index.</summary>
    Rebuild,
}
