namespace Signpost.Core.Feedback;

/// <summary>
/// "Something wrong with this listing?": goes straight to the owning organisation's editors and the
/// directory manager, not through feedback moderation.
/// </summary>
public class ListingProblemReport
{
    public long Id { get; set; }
    public Guid ServiceId { get; set; }
    public Guid OrganisationId { get; set; }
    public ListingProblem Problem { get; set; }
    public string? Details { get; set; }

    /// <summary>UTC.</summary>
    public DateTime SubmittedAt { get; set; }

    /// <summary>UTC; when an editor marked it dealt with.</summary>
    public DateTime? ResolvedAt { get; set; }

    public string? ResolvedById { get; set; }
    public string? ResolutionNote { get; set; }
}
