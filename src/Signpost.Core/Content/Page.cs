namespace Signpost.Core.Content;

/// <summary>An information page in a tree addressed by its path, e.g. "help/what-is-camhs".</summary>
public class Page
{
    public Guid Id { get; set; }
    public required string Path { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public int SortOrder { get; set; }
    public ContentStatus Status { get; set; } = ContentStatus.Published;
    public DateTimeOffset LastModified { get; set; }

    public string? ParentPath => Path.Contains('/') ? Path[..Path.LastIndexOf('/')] : null;
}
