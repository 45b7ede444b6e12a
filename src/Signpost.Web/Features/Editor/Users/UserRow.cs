namespace Signpost.Web.Features.Editor.Users;

public sealed record UserRow(string Id, string Email, string? Role, string? OrganisationName, bool TwoFactorEnabled, UserStatus Status, DateTime? LastSignIn);
