namespace Signpost.Core.Audit;

/// <summary>One security- or publishing-relevant event: sign-ins, permission changes, publishing, exports. Kept two years.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    public string? UserId { get; set; }
    public string? UserEmail { get; set; }

    /// <summary>A stable name such as <see cref="AuditActions.SignIn"/>, so the log can be filtered.</summary>
    public required string Action { get; set; }

    /// <summary>What was acted on, e.g. "service:youth-club-widnes" or a user's email.</summary>
    public string? Target { get; set; }

    public string? Detail { get; set; }
    public string? IpAddress { get; set; }
}
