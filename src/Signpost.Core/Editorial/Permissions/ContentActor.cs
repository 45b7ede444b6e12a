namespace Signpost.Core.Editorial.Permissions;

/// <summary>The person asking: their roles and, for editors, the organisation they belong to.</summary>
public sealed record ContentActor(IReadOnlyCollection<string> Roles, Guid? OrganisationId);
