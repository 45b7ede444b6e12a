namespace Signpost.Core.Editorial;

/// <summary>
/// Every save of a content item, as a JSON snapshot of its editable fields. The store's content
/// tables hold what the public sees; versions hold drafts, the review trail and history, so a
/// draft never leaks and any version can be restored as a new draft.
/// </summary>
public class ContentVersion
{
    public long Id { get; set; }
    public ContentKind Kind { get; set; }
    public Guid ContentId { get; set; }

    /// <summary>1, 2, 3... per item; unique with the item, so two editors saving on the same base conflict instead of overwriting.</summary>
    public int Number { get; set; }

    /// <summary>The organisation that owns the item when this version was saved; permissions are checked against it.</summary>
    public Guid? OrganisationId { get; set; }

    public required string Title { get; set; }
    public required string Snapshot { get; set; }
    public VersionState State { get; set; }
    public required string AuthorId { get; set; }
    public required string AuthorName { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>What the editor said about the change, or why a reviewer sent it back.</summary>
    public string? Comment { get; set; }

    public string? ReviewedById { get; set; }
    public string? ReviewedByName { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? ReviewedAt { get; set; }
}
