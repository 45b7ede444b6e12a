namespace Signpost.Core.Feedback;

/// <summary>
/// A phrase that, found in free text, flags the response urgent for the safeguarding lead.
/// Seeded from content-seed/safeguarding-phrases.yaml and kept by directory managers.
/// </summary>
public class SafeguardingPhrase
{
    public int Id { get; set; }
    public required string Phrase { get; set; }

    /// <summary>e.g. "self-harm", "abuse", "immediate-danger".</summary>
    public required string Category { get; set; }
}
