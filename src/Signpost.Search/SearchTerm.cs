namespace Signpost.Search;

/// <summary>A category or need on a service; <see cref="ParentSlug"/> lets a parent filter find its children.</summary>
public sealed record SearchTerm(string Slug, string Label, string? ParentSlug);
