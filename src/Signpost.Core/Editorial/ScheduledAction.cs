namespace Signpost.Core.Editorial;

/// <summary>
/// Publish an approved version, or withdraw an item, at a set time. Every node runs the job; a node
/// claims a due row with a conditional update before acting, so two nodes never both run it.
/// </summary>
public class ScheduledAction
{
    public long Id { get; set; }
    public ContentKind Kind { get; set; }
    public Guid ContentId { get; set; }
    public ScheduledActionType Action { get; set; }

    /// <summary>The approved version to publish; null for a withdrawal.</summary>
    public int? VersionNumber { get; set; }

    /// <summary>UTC.</summary>
    public DateTime RunAt { get; set; }

    public required string CreatedById { get; set; }

    /// <summary>UTC; set by the node that took the job.</summary>
    public DateTime? ClaimedAt { get; set; }

    public string? ClaimedBy { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? CompletedAt { get; set; }

    /// <summary>What happened, or why it could not run (e.g. the version was replaced meanwhile).</summary>
    public string? Outcome { get; set; }

    /// <summary>Set when someone cancels the schedule before it runs.</summary>
    public bool Cancelled { get; set; }
}
