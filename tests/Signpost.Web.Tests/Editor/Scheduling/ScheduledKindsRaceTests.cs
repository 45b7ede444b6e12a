using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Scheduling;

/// <summary>Two nodes running the same due pages, organisations and venues: the one conditional claim keeps each to one run.</summary>
public sealed class ScheduledKindsRaceTests(SchedulingSiteFactory factory) : IClassFixture<SchedulingSiteFactory>
{
    [Fact]
    public async Task Two_nodes_racing_over_pages_organisations_and_venues_publish_each_exactly_once()
    {
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var at = ScheduleForm.MinuteFromNow(TimeSpan.FromHours(4));
        var items = new List<(ScheduledKind Kind, Guid Id, string Target, string Word)>();
        foreach (var segment in new[] { "pages", "organisations", "locations" })
        {
            var kind = ScheduledKind.For(segment);
            for (var i = 0; i < 3; i++)
            {
                var (id, target) = await kind.CreateAsync(factory);
                var word = "Race" + Guid.NewGuid().ToString("N")[..8];
                await PostFormAsync(manager, kind.EditUrl(id), kind.FormSelector, kind.PublishFields(word, at));
                items.Add((kind, id, target, word));
            }
        }

        var counts = await factory.RaceAtAsync(at.AddMinutes(1));

        Assert.Equal(items.Count, counts.Sum());
        foreach (var (kind, id, target, word) in items)
        {
            await using var store = new StoreScope(factory);
            var action = await store.Db.ScheduledActions.AsNoTracking().SingleAsync(x => x.ContentId == id);
            Assert.NotNull(action.CompletedAt);
            Assert.Equal("Published version 2", action.Outcome);
            Assert.Single(await store.Db.AuditLog.AsNoTracking().Where(e => e.Target == target && e.Action == AuditActions.Published).ToListAsync());
            Assert.Contains(word, await kind.PublicTextAsync(factory, id));
        }
    }
}
