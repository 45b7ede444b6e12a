using Microsoft.EntityFrameworkCore;
using Signpost.Data;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>
/// Runs the scheduled actions that are due. Safe with several nodes: a node claims a row with one
/// conditional update (only while nobody has claimed or cancelled it) and acts only when that update
/// changed the row, so each action runs exactly once however many nodes look at the same moment.
/// A claim that never finished (the node died mid-action) may be taken over after <see cref="StaleClaimAfter"/>;
/// the take-over is conditional on the exact claim read, so only one node takes it.
/// </summary>
public sealed class ScheduledActionRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledActionRunner> logger)
{
    private const int BatchSize = 50;

    /// <summary>Publishing or withdrawing takes milliseconds: a claim this old belongs to a node that stopped.</summary>
    public static readonly TimeSpan StaleClaimAfter = TimeSpan.FromMinutes(10);

    /// <summary>Runs what is due now as <paramref name="node"/>. Returns how many actions this call ran.</summary>
    public async Task<int> RunDueAsync(string node, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var staleBefore = now - StaleClaimAfter;
        var due = await db.ScheduledActions.AsNoTracking()
            .Where(a => a.CompletedAt == null && (a.ClaimedAt == null || a.ClaimedAt < staleBefore) && !a.Cancelled && a.RunAt <= now)
            .OrderBy(a => a.RunAt).ThenBy(a => a.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var ran = 0;
        foreach (var action in due)
        {
            var claimedBefore = action.ClaimedAt;
            var claimed = await db.ScheduledActions
                .Where(a => a.Id == action.Id && a.CompletedAt == null && !a.Cancelled
                    && (claimedBefore == null ? a.ClaimedAt == null : a.ClaimedAt == claimedBefore))
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.ClaimedAt, now).SetProperty(x => x.ClaimedBy, node), cancellationToken);
            if (claimed != 1)
            {
                continue;
            }

            if (claimedBefore is not null)
            {
                logger.LogWarning("Scheduled action {Id} was claimed by {Node} at {ClaimedAt} and never finished; {ThisNode} takes it over", action.Id, action.ClaimedBy, claimedBefore, node);
            }

            string outcome;
            try
            {
                // A scope per action: one action's tracked entities or failed save cannot leak into the next.
                await using var work = scopes.CreateAsyncScope();
                outcome = await work.ServiceProvider.GetRequiredService<ContentSchedules>().RunAsync(action, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Scheduled action {Id} ({Action} of {Content}) failed", action.Id, action.Action, action.ContentId);
                outcome = $"Failed: {ex.Message}";
            }

            // Recorded even when the node is stopping, so a finished action never looks unfinished.
            await db.ScheduledActions
                .Where(a => a.Id == action.Id)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.CompletedAt, clock.GetUtcNow().UtcDateTime).SetProperty(x => x.Outcome, outcome.Length > 500 ? outcome[..500] : outcome), CancellationToken.None);
            logger.LogInformation("Scheduled action {Id} ({Action} of {Content}) ran on {Node}: {Outcome}", action.Id, action.Action, action.ContentId, node, outcome);
            ran++;
        }

        return ran;
    }
}
