namespace Signpost.Search.Tests;

using static TestDocuments;

public class ConcurrencyTests
{
    [Fact]
    public async Task Searches_in_parallel_with_upserts_and_removes_see_whole_services_only()
    {
        var stable = Enumerable.Range(0, 50).Select(i => Service($"Stable club {i}", "Youth club", free: true)).ToArray();
        using var index = Build(stable);
        var churnIds = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToArray();
        using var stop = new CancellationTokenSource();
        var failures = 0;

        var searchers = Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
        {
            var searches = 0;
            while (!stop.IsCancellationRequested || searches < 50)
            {
                var response = index.Search(Request("club") with { FreeOnly = true, PageSize = 100, Page = 1 });
                var stableSeen = response.Hits.Count(h => h.Name.StartsWith("Stable", StringComparison.Ordinal));
                // Churned services are never free, so the free-only answer must always be exactly the stable set.
                if (response.Total != 50 || stableSeen != 50 || response.Facets["cost"].Single().Count != 50)
                {
                    Interlocked.Increment(ref failures);
                }

                var all = index.Search(Request("club") with { PageSize = 100 });
                if (all.Total != all.Hits.Count || all.Hits.Any(h => h.Name.StartsWith("Churn", StringComparison.Ordinal) && !h.Summary.EndsWith(h.Name, StringComparison.Ordinal)))
                {
                    Interlocked.Increment(ref failures);
                }

                searches++;
            }
        })).ToArray();

        var writer = Task.Run(() =>
        {
            for (var round = 0; round < 30; round++)
            {
                foreach (var id in churnIds)
                {
                    var name = $"Churn club {round} {id:N}";
                    index.Upsert(Service(name, $"Youth club {name}", id: id));
                }

                foreach (var id in churnIds.Where((_, i) => i % 3 == round % 3))
                {
                    index.Remove(id);
                }
            }

            stop.Cancel();
        });

        await Task.WhenAll([writer, .. searchers]);

        Assert.Equal(0, failures);
        Assert.InRange(index.Count, 50, 70);
    }
}
