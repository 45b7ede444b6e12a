using Microsoft.EntityFrameworkCore;
using Signpost.Data;

namespace Signpost.Web.Features.Editor.Scheduling;

/// <summary>
/// Runs the scheduled actions that are due. Safe with several nodes: a node claims a row with one
/// conditional update (only while nobody has claimed or cancelled it) and acts only when that update
/// changed the row, so each action runs exactly once however many nodes look at the same moment.
/// </summary>
public sealed class ScheduledActionRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledActionRunner> logger)
{
    private const int BatchSize = 50;

    /// <summary>Runs what is due now as <paramref name="node"/>. Returns how many actions this call ran.</summary>
    public async Task<int> RunDueAsync(string node, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.ScheduledActions.AsNoTracking()
            .Where(a => a.CompletedAt == null && a.ClaimedAt == null && !a.Cancelled && a.RunAt <= now)
            .OrderBy(a => a.RunAt).ThenBy(a => a.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var ran = 0;
        foreach (var action in due)
        {
            var claimed = await db.ScheduledActions
                .Where(a => a.Id == action.Id && a.ClaimedAt == null && !a.Cancelled)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.ClaimedAt, now).SetProperty(x => x.ClaimedBy, node), cancellationToken);
            if (claimed != 1)
            {
                continue;
            }

            string outcome;
            try
            {
                // A scope per action: one action's tracked entities or failed save cannot leak into the next.
                await using var work = scopes.CreateAsyncScope();
                outcome = await work.ServiceProvider.GetRequiredService<ServiceSchedules>().RunAsync(action, cancellationToken);
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
