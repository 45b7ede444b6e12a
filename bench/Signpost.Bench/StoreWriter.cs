using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Rules;
using Signpost.Data;
using Signpost.Data.Seed;

namespace Signpost.Bench;

/// <summary>
/// Writes the generated services into a fresh Signpost SQLite store (the site's own schema and migrations), so the
/// real site can be started on it: organisations, taxonomy (42 leaves under 8 parents, plus needs), venues, services
/// with their terms, venues and weekly sessions, and the synonym groups of content-seed.
/// </summary>
public static class StoreWriter
{
    public const int Batch = 2000;

    public static DbContextOptions<SignpostDbContext> Options(string file) =>
        new DbContextOptionsBuilder<SignpostDbContext>()
            .UseSignpostStore(StoreProvider.Sqlite, $"Data Source={file}")
            .Options;

    public static async Task<double> WriteAsync(string dataPath, string dataDir, string? contentSeed)
    {
        var watch = Stopwatch.StartNew();
        Directory.CreateDirectory(dataDir);
        var file = Path.Combine(dataDir, "signpost.db");
        foreach (var f in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            File.Delete(f);
        }

        var options = Options(file);
        var now = DateTimeOffset.UtcNow;

        // Pass 1: the reference data every service points at.
        var organisations = new Dictionary<string, Organisation>();
        var terms = new Dictionary<(TaxonomyKind, string), TaxonomyTerm>();
        TaxonomyTerm Term(TaxonomyKind kind, string slug, string name, Guid? parent)
        {
            if (!terms.TryGetValue((kind, slug), out var t))
            {
                t = new TaxonomyTerm { Id = DeterministicId.For("bench-term", $"{kind}:{slug}"), Kind = kind, Slug = slug, Name = name, ParentId = parent, SortOrder = terms.Count };
                terms[(kind, slug)] = t;
            }

            return t;
        }

        foreach (var s in BenchData.ReadServices(dataPath))
        {
            var orgSlug = Slug.From(s.Organisation);
            if (!organisations.ContainsKey(orgSlug))
            {
                organisations[orgSlug] = new Organisation { Id = DeterministicId.For("bench-org", orgSlug), Slug = orgSlug, Name = s.Organisation, Type = OrganisationType.Voluntary, LastModified = now };
            }

            foreach (var c in s.Categories)
            {
                var parent = Term(TaxonomyKind.Category, BenchData.ParentSlug(c), c.Parent, null);
                Term(TaxonomyKind.Category, c.Id, c.Label, parent.Id);
            }

            foreach (var need in s.Needs)
            {
                Term(TaxonomyKind.Need, BenchData.NeedSlug(need), need, null);
            }
        }

        await using (var db = new SignpostDbContext(options))
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Organisations.AddRange(organisations.Values);
            db.TaxonomyTerms.AddRange(terms.Values.Where(t => t.ParentId is null));
            db.TaxonomyTerms.AddRange(terms.Values.Where(t => t.ParentId is not null));
            if (contentSeed is not null)
            {
                db.SynonymGroups.AddRange(ContentSeedReader.Read(contentSeed).SynonymGroups);
            }

            await db.SaveChangesAsync();
        }

        Console.WriteLine($"store: {organisations.Count} organisations, {terms.Count} terms written; services ...");

        // Pass 2: services in batches, each in a fresh context with stub terms attached, change tracking off.
        var batch = new List<GenService>(Batch);
        var written = 0;
        async Task Flush()
        {
            await using var db = new SignpostDbContext(options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var stubs = new Dictionary<Guid, TaxonomyTerm>();
            TaxonomyTerm Stub(TaxonomyTerm t)
            {
                if (!stubs.TryGetValue(t.Id, out var stub))
                {
                    stub = new TaxonomyTerm { Id = t.Id, Kind = t.Kind, Slug = t.Slug, Name = t.Name, ParentId = t.ParentId, SortOrder = t.SortOrder };
                    db.Attach(stub);
                    stubs[t.Id] = stub;
                }

                return stub;
            }

            var services = new List<Service>(batch.Count);
            foreach (var s in batch)
            {
                var service = new Service
                {
                    Id = BenchData.ServiceId(s.Id),
                    Slug = BenchData.ServiceSlug(s),
                    Name = s.Name,
                    Summary = s.Summary,
                    Description = s.Description,
                    Status = ContentStatus.Published,
                    OrganisationId = organisations[Slug.From(s.Organisation)].Id,
                    MinimumAge = s.MinAge,
                    MaximumAge = s.MaxAge,
                    IsFree = s.Free,
                    CostDetails = s.Cost,
                    AccessRoutes = BenchData.AccessRoutes(s.AccessRoute).ToList(),
                    DeliveryModes = BenchData.DeliveryModes(s.DeliveryMode).ToList(),
                    AreaType = ServiceAreaType.Locations,
                    LastModified = now,
                };
                foreach (var c in s.Categories)
                {
                    service.Terms.Add(Stub(terms[(TaxonomyKind.Category, c.Id)]));
                }

                foreach (var need in s.Needs)
                {
                    service.Terms.Add(Stub(terms[(TaxonomyKind.Need, BenchData.NeedSlug(need))]));
                }

                foreach (var l in s.Locations)
                {
                    service.Locations.Add(new Location
                    {
                        Id = BenchData.LocationId(l.Id), Slug = $"bench-venue-{l.Id}", Name = $"{l.Town} venue {l.Id}", Town = l.Town,
                        Latitude = l.Lat, Longitude = l.Lon, LastModified = now,
                    });
                }

                var k = 0;
                foreach (var x in s.Schedule)
                {
                    service.Schedules.Add(new ServiceSchedule
                    {
                        Id = DeterministicId.For("bench-session", $"{s.Id}:{k++}"), ServiceId = service.Id, Day = BenchData.Day(x.Day),
                        Opens = TimeOnly.Parse(x.Start), Closes = TimeOnly.Parse(x.End),
                    });
                }

                services.Add(service);
            }

            db.Services.AddRange(services);
            await db.SaveChangesAsync();
            written += batch.Count;
            batch.Clear();
        }

        foreach (var s in BenchData.ReadServices(dataPath))
        {
            batch.Add(s);
            if (batch.Count == Batch)
            {
                await Flush();
                if (written % 10_000 == 0)
                {
                    Console.WriteLine($"store: {written} services ({watch.Elapsed.TotalSeconds:0} s)");
                }
            }
        }

        if (batch.Count > 0)
        {
            await Flush();
        }

        await using (var db = new SignpostDbContext(options))
        {
            // Back to the journal mode the site creates (rollback journal), so the site runs as it would on its own store.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=DELETE;");
            var count = await db.Services.CountAsync();
            var links = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM ServiceTerms").SingleAsync();
            Console.WriteLine($"store: {count} services, {links} service-term links in {file} ({watch.Elapsed.TotalSeconds:0.0} s)");
            if (count != written)
            {
                throw new InvalidOperationException($"store holds {count} services, expected {written}");
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return watch.Elapsed.TotalSeconds;
    }
}
