namespace Signpost.Web.Features.Editor.Users;

public sealed record PendingInvitation(Guid Id, string Email, string Role, string? OrganisationName, DateTime ExpiresAt, bool Expired);
