namespace Signpost.Web.Features.Editor.Dashboard;

public sealed record DueItem(Guid ServiceId, string Name, string OrganisationName, DateOnly ReviewBy);
