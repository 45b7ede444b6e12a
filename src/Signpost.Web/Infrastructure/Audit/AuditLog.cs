using System.Security.Claims;
using Signpost.Core.Audit;
using Signpost.Data;

namespace Signpost.Web.Infrastructure.Audit;

/// <summary>Writes audit entries through its own scope's store, so an entry is kept even when the caller's own changes are not saved.</summary>
public sealed class AuditLog(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock) : IAuditLog
{
    public Task RecordAsync(string action, string? target, string? detail, CancellationToken cancellationToken)
    {
        var user = http.HttpContext?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        return RecordForAsync(
            signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            signedIn ? user!.FindFirstValue(ClaimTypes.Email) ?? user!.Identity!.Name : null,
            action,
            target,
            detail,
            cancellationToken);
    }

    public async Task RecordForAsync(string? userId, string? userEmail, string action, string? target, string? detail, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserEmail = Truncate(userEmail, 256),
            Action = action,
            Target = Truncate(target, 300),
            Detail = Truncate(detail, 2000),
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
