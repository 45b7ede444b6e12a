namespace Signpost.Web.Features.Editor.ReviewCycle;

/// <summary>A published service whose review-by date is near or past, with when its editors were last reminded.</summary>
public sealed record DueService(Guid Id, string Slug, string Name, Guid OrganisationId, string OrganisationName, DateOnly ReviewBy, DateOnly? LastRemindedOn);
