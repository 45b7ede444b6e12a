using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.ChangeFeed;
using Signpost.Core.Content;
using Signpost.Data;

namespace Signpost.Web.Tests.Search;

/// <summary>
/// The search index follows the store's change feed: on the node that made the change at once
/// (nudged), on another node by polling. These tests change data, so they have their own app and
/// store, not the shared read-only site.
/// </summary>
public sealed class ChangeFeedTests(SignpostWebFactory node) : IClassFixture<SignpostWebFactory>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RebuildDeadline = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Renamed_then_withdrawn_service_is_followed_within_a_second()
    {
        var api = new SearchApiClient(node.CreatePlainClient());
        const string Slug = "murdishaw-youth-club";
        const string NewName = "Murdishaw Lighthouse Youth Club";
        Assert.DoesNotContain(await SlugsAsync(api, "q=lighthouse"), s => s == Slug);

        await ChangeServiceAsync(node, Slug, s => s.Name = NewName);
        var renamed = await WaitUntilAsync(api, "q=lighthouse", r => r.Results.Any(h => h.Slug == Slug && h.Name == NewName), "the new name to be found");
        Assert.Null(renamed.CorrectedQuery);

        await ChangeServiceAsync(node, Slug, s => s.Status = ContentStatus.Withdrawn);
        await WaitUntilAsync(api, "q=lighthouse", r => r.Results.All(h => h.Slug != Slug), "the withdrawn service to disappear");
        Assert.DoesNotContain(await SlugsAsync(api, "q=murdishaw&page_size=50"), s => s == Slug);
        Assert.DoesNotContain(await SlugsAsync(api, "category=youth-clubs&page_size=50"), s => s == Slug);
    }

    [Fact]
    public async Task New_published_service_appears_within_a_second_in_words_and_filters()
    {
        var api = new SearchApiClient(node.CreatePlainClient());
        const string Slug = "quokka-reading-circle";

        var (scope, db) = node.OpenStore();
        await using (scope)
        {
            var organisation = await db.Organisations.OrderBy(o => o.Slug).FirstAsync();
            var category = await db.TaxonomyTerms.SingleAsync(t => t.Kind == TaxonomyKind.Category && t.Slug == "learning-support");
            var location = await db.Locations.SingleAsync(l => l.Slug == "widnes-library");
            db.Services.Add(new Service
            {
                Id = Guid.NewGuid(),
                Slug = Slug,
                Name = "Quokka Reading Circle",
                Summary = "A free reading circle for 8 to 12 year olds at Widnes Library.",
                Description = "Bring a book you like, or borrow one. We read together and talk about the stories.",
                Status = ContentStatus.Published,
                OrganisationId = organisation.Id,
                Terms = [category],
                Locations = [location],
                MinimumAge = 8,
                MaximumAge = 12,
                Audiences = [Audience.YoungPeople],
                IsFree = true,
                AccessRoutes = [AccessRoute.DropIn],
                DeliveryModes = [DeliveryMode.InPerson],
                AreaType = ServiceAreaType.Locations,
                LastModified = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var found = await WaitUntilAsync(api, "q=quokka", r => r.Results.Any(h => h.Slug == Slug), "the new service to be found");
        Assert.Equal("Quokka Reading Circle", found.Results.First(h => h.Slug == Slug).Name);
        Assert.Contains(Slug, await SlugsAsync(api, "q=reading+circle&age=10&cost=free&category=learning-support&where=Widnes&radius=1"));
        Assert.DoesNotContain(Slug, await SlugsAsync(api, "q=reading+circle&age=15"));
    }

    [Fact]
    public async Task A_second_node_on_the_same_store_follows_by_polling()
    {
        var second = new SecondNodeFactory(node);
        await ((IAsyncLifetime)second).InitializeAsync();
        try
        {
            var nodeB = new SearchApiClient(second.CreatePlainClient());
            const string Slug = "ditton-friday-night-project";
            const string NewName = "Ditton Friday Night Kestrel Project";
            Assert.Contains(Slug, await SlugsAsync(nodeB, "q=ditton+friday"));
            Assert.DoesNotContain(Slug, await SlugsAsync(nodeB, "q=kestrel"));

            await ChangeServiceAsync(node, Slug, s => s.Name = NewName);
            await WaitUntilAsync(nodeB, "q=kestrel", r => r.Results.Any(h => h.Slug == Slug && h.Name == NewName), "node B to find the new name");

            await ChangeServiceAsync(node, Slug, s => s.Status = ContentStatus.Withdrawn);
            await WaitUntilAsync(nodeB, "q=kestrel", r => r.Results.All(h => h.Slug != Slug), "node B to drop the withdrawn service");

            await ChangeServiceAsync(node, Slug, s => s.Status = ContentStatus.Published);
            await WaitUntilAsync(nodeB, "q=kestrel", r => r.Results.Any(h => h.Slug == Slug), "node B to show the service published again");
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
        }
    }

    [Fact]
    public async Task A_rebuild_row_in_the_feed_makes_the_node_rebuild_its_index()
    {
        var client = node.CreatePlainClient();
        var before = await BuiltAtAsync(client);

        var (scope, db) = node.OpenStore();
        await using (scope)
        {
            db.ContentChanges.Add(new ContentChange { Kind = ContentChangeKind.Rebuild, OccurredAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        // A rebuild reads every published service again, so it gets longer than a one-service change.
        var watch = Stopwatch.StartNew();
        string? after;
        do
        {
            await Task.Delay(50);
            after = await BuiltAtAsync(client);
        }
        while (after == before && watch.Elapsed < MachineLoad.Allow(RebuildDeadline));

        Assert.True(after != before, $"index.built_at is still {before} after {RebuildDeadline.TotalSeconds} s");
        var api = new SearchApiClient(client);
        Assert.Contains("halton-camhs", await SlugsAsync(api, "q=camhs"));
    }

    private static async Task<string?> BuiltAtAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/health"));
        return json.RootElement.GetProperty("index").GetProperty("built_at").GetString();
    }

    private static async Task ChangeServiceAsync(SignpostWebFactory factory, string slug, Action<Service> change)
    {
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            var service = await db.Services.SingleAsync(s => s.Slug == slug);
            change(service);
            service.LastModified = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }
    }

    private static async Task<List<string>> SlugsAsync(SearchApiClient api, string query) =>
        (await api.SearchAsync(query)).Results.Select(r => r.Slug).ToList();

    /// <summary>Polls every 50 ms for up to a second until the search shows what is wanted.</summary>
    private static async Task<ApiSearchResponse> WaitUntilAsync(SearchApiClient api, string query, Func<ApiSearchResponse, bool> done, string what)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var response = await api.SearchAsync(query);
            if (done(response))
            {
                return response;
            }

            var deadline = MachineLoad.Allow(Deadline);
            Assert.True(watch.Elapsed < deadline, $"Waited {deadline.TotalSeconds:0.#} s (a second, stretched for the machine's load) for {what}; {query} still gives {response.Describe()}");
            await Task.Delay(50);
        }
    }
}
