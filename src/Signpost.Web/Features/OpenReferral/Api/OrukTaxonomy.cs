namespace Signpost.Web.Features.OpenReferral.Api;

/// <summary>One vocabulary the feed publishes; <see cref="Code"/> is stable and part of the derived ids.</summary>
public sealed record OrukTaxonomy(Guid Id, string Code, string Name, string Description);
