using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Web.Tests.Editor.Services;

namespace Signpost.Web.Tests.Editor.Scheduling;

/// <summary>The hosted job itself, switched on with a one-second interval: a due withdrawal runs without anyone calling the runner.</summary>
public sealed class ScheduledActionJobTests(ScheduledActionJobTests.FastJobFactory factory) : IClassFixture<ScheduledActionJobTests.FastJobFactory>
{
    [Fact]
    public async Task The_running_job_carries_out_a_due_action()
    {
        var organisationId = await ServiceEditorStore.OrganisationIdAsync(factory, "halton-youth-service");
        var id = await ServiceEditorStore.CreateServiceAsync(factory, organisationId, ContentStatus.Published);
        await using (var store = new StoreScope(factory))
        {
            await EditorAccounts.EnsureUserAsync(factory, Signpost.Core.Accounts.Roles.DirectoryManager, null, "job-manager@example.org");
            var managerId = (await store.Db.Users.AsNoTracking().SingleAsync(u => u.Email == "job-manager@example.org")).Id;
            store.Db.ScheduledActions.Add(new ScheduledAction
            {
                Kind = ContentKind.Service,
                ContentId = id,
                Action = ScheduledActionType.Withdraw,
                RunAt = DateTime.UtcNow.AddSeconds(-1),
                CreatedById = managerId,
            });
            await store.Db.SaveChangesAsync();
        }

        var watch = Stopwatch.StartNew();
        ScheduledAction action;
        while ((action = await ActionAsync(id)).CompletedAt is null)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), "The job did not run the withdrawal within 10 s");
            await Task.Delay(100);
        }

        Assert.Equal(ContentStatus.Withdrawn, (await ServiceEditorStore.ReadAsync(factory, id)).Service.Status);
        Assert.True(action.Outcome == "Withdrawn", $"{action.Outcome} {action.ClaimedBy} {action.ClaimedAt:o} {action.CompletedAt:o} {action.Cancelled}");
        Assert.Contains(Environment.MachineName, action.ClaimedBy);
    }

    private async Task<ScheduledAction> ActionAsync(Guid id)
    {
        await using var store = new StoreScope(factory);
        return await store.Db.ScheduledActions.AsNoTracking().SingleAsync(a => a.ContentId == id);
    }

    public sealed class FastJobFactory() : SchedulingSiteFactory(new Dictionary<string, string>
    {
        ["Signpost:Scheduling:Enabled"] = "true",
        ["Signpost:Scheduling:Interval"] = "00:00:01",
    });
}
