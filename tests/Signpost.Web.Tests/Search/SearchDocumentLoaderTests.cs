using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Search;
using Signpost.Web.Features.Search;

namespace Signpost.Web.Tests.Search;

/// <summary>A node's build reads the store's published services as a stream; what it reads must match the store, and a failed build must let go of the store.</summary>
[Collection(SignpostSiteCollection.Name)]
public sealed class SearchDocumentLoaderTests(SignpostWebFactory site)
{
    [Fact]
    public async Task The_streamed_read_gives_every_published_service_joined_to_what_it_links_to()
    {
        var (scope, db) = site.OpenStore();
        var (linksScope, linksDb) = site.OpenStore();
        await using (scope)
        await using (linksScope)
        {
            var documents = await SearchDocumentLoader.BuildFromAllPublishedAsync(db, linksDb, d => d.ToList(), CancellationToken.None);

            var services = (await Store.AllServicesAsync(db))
                .Where(s => s.Status == ContentStatus.Published && s.Organisation.Status != ContentStatus.Withdrawn)
                .ToDictionary(s => s.Id);
            Assert.True(services.Count > 20);
            Assert.Equal(services.Keys.Order(), documents.Select(d => d.Id).Order());
            foreach (var document in documents)
            {
                var service = services[document.Id];
                Assert.Equal(service.Name, document.Name);
                Assert.Equal(service.Organisation.Name, document.OrganisationName);
                Assert.Equal(
                    service.Terms.Where(t => t.Kind == TaxonomyKind.Need).Select(t => t.Slug).Order(),
                    document.Needs!.Select(n => n.Slug).Order());
                Assert.Equal(service.Schedules.Count, document.Sessions!.Count);
                Assert.Equal(service.Locations.Count(l => l.Status != ContentStatus.Withdrawn), document.Locations!.Count);
                Assert.DoesNotContain("**", document.Description);
                Assert.DoesNotContain("](", document.Description);
            }

            var selected = await SearchDocumentLoader.LoadPublishedAsync(db, CancellationToken.None, [.. services.Keys]);
            Assert.Equal(documents.Select(d => (d.Id, d.Description, d.Categories!.Count)).Order(), selected.Select(d => (d.Id, d.Description, d.Categories!.Count)).Order());
        }
    }

    [Fact]
    public async Task A_build_that_fails_part_way_stops_the_read_and_leaves_the_store_usable()
    {
        var (scope, db) = site.OpenStore();
        var (linksScope, linksDb) = site.OpenStore();
        await using (scope)
        await using (linksScope)
        {
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => SearchDocumentLoader.BuildFromAllPublishedAsync<SearchIndex>(
                db, linksDb, documents => throw new InvalidOperationException($"failed after {documents.Take(3).Count()} documents"), CancellationToken.None));

            Assert.Equal("failed after 3 documents", failure.Message);
            Assert.Equal(System.Data.ConnectionState.Closed, db.Database.GetDbConnection().State);
            Assert.True(await db.Services.CountAsync() > 0);
            Assert.True(await linksDb.Locations.CountAsync() > 0);
        }
    }
}
