namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>A term as the feed publishes it: <see cref="Code"/> is the slug people and URLs already use.</summary>
public sealed record OrukTerm(Guid Id, OrukTaxonomy Taxonomy, string Code, string Name, string Description, Guid? ParentId, int SortOrder);
