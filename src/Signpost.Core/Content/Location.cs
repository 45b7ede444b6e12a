namespace Signpost.Core.Content;

public class Location
{
    public Guid Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string Address { get; set; } = "";
    public string Town { get; set; } = "";
    public string Postcode { get; set; } = "";
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public List<string> Accessibility { get; set; } = [];
    public string? Transport { get; set; }
    public DateTimeOffset LastModified { get; set; }

    /// <summary>
    /// Withdrawn takes the venue off every service page, map and place search; its services stay.
    /// Never Draft: drafts live in versions. Declared last: it was added by a later migration.
    /// </summary>
    public ContentStatus Status { get; set; } = ContentStatus.Published;

    public List<Service> Services { get; set; } = [];

    public string FullAddress => string.Join(", ", new[] { Address, Town, Postcode }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
