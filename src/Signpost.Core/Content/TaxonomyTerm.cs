namespace Signpost.Core.Content;

public class TaxonomyTerm
{
    public Guid Id { get; set; }
    public TaxonomyKind Kind { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public Guid? ParentId { get; set; }
    public TaxonomyTerm? Parent { get; set; }
    public List<TaxonomyTerm> Children { get; set; } = [];
    public int SortOrder { get; set; }
    public List<Service> Services { get; set; } = [];
}
