namespace Signpost.Web.Features.Editor.Users;

public sealed record RoleAndOrganisationFields(string? Role, Guid? OrganisationId, IReadOnlyList<OrganisationOption> Organisations);
