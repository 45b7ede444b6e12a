using Signpost.Core.Content;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>One line of the taxonomy tree: a term, how deep it sits and how many services use it.</summary>
/// <param name="ServiceCount">Services linked to this term itself.</param>
/// <param name="TopicServiceCount">Services linked to this term or a term under it, as its public topic page lists them.</param>
public sealed record TermRow(
    Guid Id, TaxonomyKind Kind, string Slug, string Name, string Description, Guid? ParentId, int Depth, int ServiceCount, int ChildCount, int TopicServiceCount)
{
    public TermSibling AsSibling() => new(Id, Slug, Name, ParentId);

    public string Stamp => EditStamp.For(Name, Description, ParentId);
}
