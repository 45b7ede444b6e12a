namespace Signpost.Web.Features.Editor.Users;

public sealed record OrganisationOption(Guid Id, string Name);
