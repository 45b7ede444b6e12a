namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>What the add and edit forms post. The slug is read only when a term is added.</summary>
public sealed class TermInput
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Slug { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>The <see cref="EditStamp"/> of the term as the form showed it; empty when adding.</summary>
    public string? Stamp { get; set; }
}
