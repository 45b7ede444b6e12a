namespace Signpost.Core.Feedback;

/// <summary>
/// A published answer to what people told us: "you said" (a summary of the feedback) and "we did"
/// (what changed). Shown on the service's page when it is about one service, and on the public
/// "You said, we did" page.
/// </summary>
public class YouSaidWeDid
{
    public Guid Id { get; set; }
    public required string YouSaid { get; set; }
    public required string WeDid { get; set; }

    /// <summary>The service it answers for, or null for a directory-wide change.</summary>
    public Guid? ServiceId { get; set; }

    /// <summary>The theme it answers, e.g. "times".</summary>
    public string? ThemeSlug { get; set; }

    public bool Published { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    public required string CreatedById { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? UpdatedAt { get; set; }
}
