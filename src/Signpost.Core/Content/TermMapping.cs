namespace Signpost.Core.Content;

/// <summary>
/// A directory manager's decision that an imported feed tag means one of our terms. Saving it gives every
/// service carrying the tag our term too, and later imports add our term wherever the tag comes in again.
/// One of our terms per imported term; a table rather than a column so our own terms stay as they are.
/// </summary>
public class TermMapping
{
    /// <summary>The <see cref="TaxonomyKind.Imported"/> term.</summary>
    public Guid ImportedTermId { get; set; }

    /// <summary>Our category, need or outcome.</summary>
    public Guid TermId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime MappedAt { get; set; }

    public required string MappedBy { get; set; }
}
