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
    public List<Service> Services { get; set; } = [];
}
