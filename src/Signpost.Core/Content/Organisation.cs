namespace Signpost.Core.Content;

public class Organisation
{
    public Guid Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public OrganisationType Type { get; set; }
    public string Description { get; set; } = "";
    public string? Website { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? LogoAlt { get; set; }
    public DateTimeOffset LastModified { get; set; }

    /// <summary>A trusted organisation's editors publish their own changes without review. Declared last: it was added by a later migration.</summary>
    public bool IsTrusted { get; set; }

    /// <summary>
    /// Withdrawn takes every service of the organisation off the public site and search. Never
    /// Draft: drafts live in versions. Declared last: it was added by a later migration.
    /// </summary>
    public ContentStatus Status { get; set; } = ContentStatus.Published;

    public List<Service> Services { get; set; } = [];
}
