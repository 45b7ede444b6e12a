namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>Another term of the same kind, as the rules need to see it.</summary>
public sealed record TermSibling(Guid Id, string Slug, string Name, Guid? ParentId);
