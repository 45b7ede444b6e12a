namespace Signpost.Core.Accounts;

/// <summary>A one-time link an administrator sends; only a hash of its token is stored.</summary>
public class Invitation
{
    public Guid Id { get; set; }
    public required string Email { get; set; }
    public required string Role { get; set; }
    public Guid? OrganisationId { get; set; }
    public required string TokenHash { get; set; }
    public required string InvitedById { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>UTC; 72 hours after <see cref="CreatedAt"/>.</summary>
    public DateTime ExpiresAt { get; set; }

    /// <summary>UTC; set once, so the link cannot be used twice.</summary>
    public DateTime? AcceptedAt { get; set; }

    public bool IsUsableAt(DateTime utcNow) => AcceptedAt is null && utcNow < ExpiresAt;
}
