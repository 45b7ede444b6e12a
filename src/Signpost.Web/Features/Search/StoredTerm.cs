using Signpost.Core.Content;

namespace Signpost.Web.Features.Search;

/// <summary>A taxonomy term as the search documents need it.</summary>
internal sealed record StoredTerm(TaxonomyKind Kind, string Slug, string Name, Guid? ParentId);
