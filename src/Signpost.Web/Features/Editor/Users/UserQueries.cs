using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Data;

namespace Signpost.Web.Features.Editor.Users;

/// <summary>Reads for the users pages: one row per user with role, organisation and last sign-in.</summary>
public sealed class UserQueries(SignpostDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.OrganisationId, OrganisationName = u.Organisation!.Name, u.TwoFactorEnabled, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .AsNoTracking().ToListAsync(cancellationToken);
        var lastSignIns = await LastSignInsAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return users.Select(u => new UserRow(
                u.Id,
                u.Email ?? "",
                roles.FirstOrDefault(r => r.UserId == u.Id)?.Name,
                u.OrganisationName,
                u.TwoFactorEnabled,
                UserStatusText.Of(u.LockoutEnd, now),
                lastSignIns.GetValueOrDefault(u.Id)))
            .ToList();
    }

    public async Task<DateTime?> LastSignInAsync(string userId, CancellationToken cancellationToken) =>
        await db.AuditLog.AsNoTracking()
            .Where(e => e.UserId == userId && e.Action == AuditActions.SignIn)
            .OrderByDescending(e => e.At)
            .Select(e => (DateTime?)e.At)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<Dictionary<string, DateTime>> LastSignInsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.AuditLog.AsNoTracking()
            .Where(e => e.Action == AuditActions.SignIn && e.UserId != null)
            .GroupBy(e => e.UserId!)
            .Select(g => new { UserId = g.Key, At = g.Max(e => e.At) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.UserId, r => r.At);
    }
}
