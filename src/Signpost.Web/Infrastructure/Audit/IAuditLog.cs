namespace Signpost.Web.Infrastructure.Audit;

/// <summary>Records who did what, when and from where (see <see cref="Signpost.Core.Audit.AuditActions"/>).</summary>
public interface IAuditLog
{
    /// <summary>Records an action by the signed-in user of the current request (or nobody, e.g. a failed sign-in).</summary>
    Task RecordAsync(string action, string? target, string? detail, CancellationToken cancellationToken);

    /// <summary>Records an action for a user who is not (yet) the request's principal, e.g. at sign-in.</summary>
    Task RecordForAsync(string? userId, string? userEmail, string action, string? target, string? detail, CancellationToken cancellationToken);
}
