namespace Signpost.Core.Editorial;

/// <summary>An address a content item used to have; requests for it get a 301 to the current one.</summary>
public class SlugRedirect
{
    public ContentKind Kind { get; set; }
    public required string OldSlug { get; set; }
    public Guid ContentId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }
}
