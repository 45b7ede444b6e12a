namespace Signpost.Core.ChangeFeed;

/// <summary>
/// One row of the change feed (the outbox): written in the same transaction as the content
/// change, numbered by a monotonic sequence, so every web node can apply what it has not seen.
/// </summary>
public class ContentChange
{
    public long Sequence { get; set; }
    public ContentChangeKind Kind { get; set; }
    /// <summary>The service whose published form may have changed; empty for whole-index changes such as synonyms.</summary>
    public Guid EntityId { get; set; }
    public DateTime OccurredAt { get; set; }
}
