using Signpost.Core.Content;

namespace Signpost.Web.Features.Editor.Taxonomy;

/// <summary>One imported term on the mapping page: where it came from, how many services carry it, and what it is mapped to.</summary>
/// <param name="Source">The import's source; null for a term imported before origins were kept.</param>
/// <param name="FeedTaxonomy">The feed's name for the term's vocabulary, when it gave one.</param>
public sealed record ImportedTermRow(
    Guid Id, string Name, string Slug, string? Source, string? FeedTaxonomy, int ServiceCount, Guid? MappedToId, string? MappedToName, TaxonomyKind? MappedToKind)
{
    public bool IsMapped => MappedToId is not null;
}
