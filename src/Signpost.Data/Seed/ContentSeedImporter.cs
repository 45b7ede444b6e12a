using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Feedback;

namespace Signpost.Data.Seed;

/// <summary>
/// Writes seed content into the store in one transaction, matching existing rows by their stable
/// ids, so importing the same folder twice creates nothing new and changes nothing.
/// </summary>
public sealed class ContentSeedImporter(SignpostDbContext db, TimeProvider clock)
{
    public async Task<SeedReport> ImportAsync(string folder, CancellationToken cancellationToken = default)
    {
        var content = ContentSeedReader.Read(folder);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var organisations = await Upsert(db.Organisations, content.Organisations, o => o.Id, cancellationToken);
        var locations = await Upsert(db.Locations, content.Locations, l => l.Id, cancellationToken);
        var terms = await Upsert(db.TaxonomyTerms, content.Terms, t => t.Id, cancellationToken);
        await Upsert(db.Pages, content.Pages, p => p.Id, cancellationToken);
        await Upsert(db.Postcodes, content.Postcodes, p => p.Postcode, cancellationToken);
        await Upsert(db.Places, content.Places, p => p.Id, cancellationToken);
        await Upsert(db.SynonymGroups, content.SynonymGroups, g => g.Id, cancellationToken);
        await ImportServices(content.Services, organisations, locations, terms, cancellationToken);
        await Upsert(db.FeedbackThemes, content.FeedbackThemes, t => t.Slug, cancellationToken);
        await Upsert(db.YouSaidWeDid, content.YouSaidWeDid, y => y.Id, cancellationToken);
        await AddSafeguardingPhrasesToEmptyList(content.SafeguardingPhrases, cancellationToken);
        var demoFeedback = await AddMissingDemoFeedback(content.DemoFeedback, cancellationToken);

        var now = clock.GetUtcNow();
        var created = 0;
        var updated = 0;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            created += entry.State == EntityState.Added && entry.Entity is Service or Organisation or Location or Page ? 1 : 0;
            updated += entry.State == EntityState.Modified && entry.Entity is Service or Organisation or Location or Page ? 1 : 0;
            if (entry.State is EntityState.Added or EntityState.Modified && entry.Metadata.FindProperty("LastModified") is not null)
            {
                entry.Property("LastModified").CurrentValue = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new SeedReport(content.Organisations.Count, content.Locations.Count, content.Terms.Count, content.Services.Count,
            content.Pages.Count, content.Postcodes.Count, content.Places.Count, content.SynonymGroups.Count, created, updated)
        {
            DemoFeedback = content.DemoFeedback.Count,
            DemoFeedbackAdded = demoFeedback,
        };
    }

    private async Task<Dictionary<TKey, TEntity>> Upsert<TEntity, TKey>(
        DbSet<TEntity> set, IEnumerable<TEntity> incoming, Func<TEntity, TKey> key, CancellationToken cancellationToken)
        where TEntity : class
        where TKey : notnull
    {
        var existing = (await set.ToListAsync(cancellationToken)).ToDictionary(key);
        var result = new Dictionary<TKey, TEntity>();
        foreach (var item in incoming)
        {
            if (existing.TryGetValue(key(item), out var current))
            {
                KeepLastModified(current, item);
                db.Entry(current).CurrentValues.SetValues(item);
                result[key(item)] = current;
            }
            else
            {
                set.Add(item);
                result[key(item)] = item;
            }
        }

        return result;
    }

    private async Task ImportServices(
        List<Service> incoming, Dictionary<Guid, Organisation> organisations, Dictionary<Guid, Location> locations,
        Dictionary<Guid, TaxonomyTerm> terms, CancellationToken cancellationToken)
    {
        var existing = await db.Services
            .Include(s => s.Terms).Include(s => s.Locations).Include(s => s.Schedules).Include(s => s.Closures)
            .AsSplitQuery()
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var item in incoming)
        {
            var target = existing.GetValueOrDefault(item.Id);
            if (target is null)
            {
                target = new Service { Id = item.Id, Slug = item.Slug, Name = item.Name };
                db.Services.Add(target);
            }
            else
            {
                KeepLastModified(target, item);
            }

            db.Entry(target).CurrentValues.SetValues(item);
            target.Contact = item.Contact;
            target.Youth = item.Youth;
            target.LocalOffer = item.LocalOffer;
            target.Organisation = organisations[item.OrganisationId];
            SyncLinks(target.Terms, item.Terms.Select(t => terms[t.Id]).ToList());
            SyncLinks(target.Locations, item.Locations.Select(l => locations[l.Id]).ToList());
            ReplaceIfDifferent(target.Schedules, item.Schedules, s => $"{s.Day}|{s.Opens}|{s.Closes}|{s.LocationId}|{s.ValidFrom}|{s.ValidTo}|{s.Note}");
            ReplaceIfDifferent(target.Closures, item.Closures, c => $"{c.Date}|{c.Reason}");
        }
    }

    // Managers keep the list after the first import; seeding again must not bring back a phrase they removed.
    private async Task AddSafeguardingPhrasesToEmptyList(List<SafeguardingPhrase> phrases, CancellationToken cancellationToken)
    {
        if (!await db.SafeguardingPhrases.AnyAsync(cancellationToken))
        {
            db.SafeguardingPhrases.AddRange(phrases);
        }
    }

    private async Task<int> AddMissingDemoFeedback(List<FeedbackResponse> demo, CancellationToken cancellationToken)
    {
        var existing = (await db.FeedbackResponses.Where(f => f.IsDemo).Select(f => f.ReceiptHash).ToListAsync(cancellationToken)).ToHashSet();
        var missing = demo.Where(f => !existing.Contains(f.ReceiptHash)).ToList();
        db.FeedbackResponses.AddRange(missing);
        return missing.Count;
    }

    private static void SyncLinks<T>(List<T> current, List<T> wanted)
        where T : class
    {
        current.RemoveAll(c => !wanted.Contains(c));
        current.AddRange(wanted.Where(w => !current.Contains(w)));
    }

    // Schedules have no natural key; replacing them only when they differ keeps a re-import a no-op.
    private static void ReplaceIfDifferent<T>(List<T> current, List<T> wanted, Func<T, string> signature)
    {
        var before = current.Select(signature).Order(StringComparer.Ordinal);
        var after = wanted.Select(signature).Order(StringComparer.Ordinal);
        if (before.SequenceEqual(after))
        {
            return;
        }

        current.Clear();
        current.AddRange(wanted);
    }

    private void KeepLastModified<TEntity>(TEntity current, TEntity incoming)
        where TEntity : class
    {
        var property = db.Entry(current).Metadata.FindProperty("LastModified");
        if (property?.PropertyInfo is { } info)
        {
            info.SetValue(incoming, info.GetValue(current));
        }
    }
}
