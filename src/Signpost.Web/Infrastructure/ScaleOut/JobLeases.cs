using Microsoft.EntityFrameworkCore;
using Signpost.Core.Jobs;
using Signpost.Data;

namespace Signpost.Web.Infrastructure.ScaleOut;

/// <summary>
/// Leases in the store that keep each background job on one node at a time. A node takes a lease
/// with one conditional update (free, expired, or already its own), or by inserting it when no node
/// ever held it; the store decides races, so two nodes can never both hold it.
/// </summary>
public sealed class JobLeases(SignpostDbContext db, NodeIdentity node, TimeProvider clock)
{
    /// <summary>Takes or renews the lease until now + <paramref name="duration"/>; false when another node holds it.</summary>
    public async Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var holder = node.Name;
        var taken = await db.JobLeases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        db.JobLeases.Add(new JobLease { Name = name, Holder = holder, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node inserted it first.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Gives the lease up (on shutdown), so another node takes over at its next run instead of after expiry.</summary>
    public Task ReleaseAsync(string name, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var holder = node.Name;
        return db.JobLeases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, now), cancellationToken);
    }

    /// <summary>The node holding the lease now, or null.</summary>
    public async Task<string?> HolderAsync(string name, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.JobLeases.AsNoTracking().Where(l => l.Name == name && l.ExpiresAt > now).Select(l => l.Holder).FirstOrDefaultAsync(cancellationToken);
    }
}
