namespace Signpost.Core.Editorial.Permissions;

/// <summary>What authorization needs to know about a content item: its kind and who owns it.</summary>
public sealed record ContentResource(ContentKind Kind, Guid? OrganisationId, bool OrganisationIsTrusted);
