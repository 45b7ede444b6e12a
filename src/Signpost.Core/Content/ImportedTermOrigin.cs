namespace Signpost.Core.Content;

/// <summary>
/// Where an imported term came from: the import's source and the feed's own name for the vocabulary,
/// so a directory manager can work through one feed's taxonomy at a time. A table of its own, like
/// <see cref="ImportLink"/>, so our own terms' table stays as it is.
/// </summary>
public class ImportedTermOrigin
{
    public Guid TermId { get; set; }

    /// <summary>The import's source, e.g. "oruk:council.example.gov.uk" or a file name.</summary>
    public required string Source { get; set; }

    /// <summary>The feed's taxonomy name (e.g. "esdServiceTypes"), when it gave one.</summary>
    public string? Taxonomy { get; set; }
}
