using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Data.OpenReferralImport;

/// <summary>
/// Writes one batch of mapped services with their organisations, venues and terms into the tracked
/// context (the caller saves and commits). Organisations and venues are matched by import link and
/// always go live, as containers; services go live or become drafts as the options say.
/// </summary>
internal sealed class ImportBatch(SignpostDbContext db, ImportOptions options, DateTimeOffset now, DateOnly today, ImportSlugs slugs, ImportBatchCounts counts)
{
    private readonly ImportVersions versions = new(db, options, now);
    private readonly Dictionary<(ContentKind, string), ImportLink> links = [];
    private readonly Dictionary<string, Guid> organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Location> locations = new(StringComparer.Ordinal);

    /// <summary>Feed ids that are UUIDs no row of that kind uses yet: new rows keep them, so our own feed imported into an empty store keeps its ids.</summary>
    private readonly Dictionary<ContentKind, HashSet<Guid>> freeIds = new() { [ContentKind.Service] = [], [ContentKind.Organisation] = [], [ContentKind.Location] = [] };

    public async Task<List<ImportRecordResult>> WriteAsync(
        IReadOnlyList<(FeedItem Item, MappedService Service, IReadOnlyList<string> Warnings)> batch, Guid? fixedOrganisation, CancellationToken cancellationToken)
    {
        var services = batch.Select(b => b.Service).ToList();
        await LoadLinksAsync(services, fixedOrganisation is null, cancellationToken);
        if (fixedOrganisation is null)
        {
            await WriteOrganisationsAsync(services.Select(s => s.Organisation!).DistinctBy(o => o.SourceId).ToList(), cancellationToken);
        }

        await WriteLocationsAsync(services.SelectMany(s => s.Locations).DistinctBy(l => l.SourceId).ToList(), cancellationToken);
        var terms = new ImportTerms(db, options, slugs, counts);
        await terms.LoadAsync(cancellationToken);

        // Only services whose feed record changed are loaded in full: a re-run of an unchanged feed reads one id list.
        var linked = batch.Select(b => Link(ContentKind.Service, b.Service.SourceId)).OfType<ImportLink>().ToList();
        var linkedIds = linked.Select(l => l.ContentId).ToList();
        var existing = (await db.Services.Where(s => linkedIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();
        var hashes = batch.ToDictionary(b => b.Service.SourceId, b => HashOf(b.Service, fixedOrganisation), StringComparer.Ordinal);
        var ids = linked.Where(l => existing.Contains(l.ContentId) && l.ContentHash != hashes[l.SourceId]).Select(l => l.ContentId).ToList();
        var feedIds = services.Select(s => AsGuid(s.SourceId)).OfType<Guid>().ToList();
        freeIds[ContentKind.Service].UnionWith(feedIds.Except(await db.Services.Where(s => feedIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken)));
        var rows = await db.Services
            .Include(s => s.Terms).Include(s => s.Locations).Include(s => s.Schedules).Include(s => s.Closures)
            .AsSplitQuery()
            .Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
        await versions.LoadAsync(ContentKind.Service, rows.Keys, cancellationToken);
        var drafts = options.AsDrafts ? await versions.LatestSnapshotsAsync(ContentKind.Service, rows.Keys, cancellationToken) : [];

        var results = new List<ImportRecordResult>();
        foreach (var (item, service, warnings) in batch)
        {
            var organisationId = fixedOrganisation ?? organisations.GetValueOrDefault(service.Organisation!.SourceId);
            if (organisationId == Guid.Empty)
            {
                results.Add(new(item.Position, service.SourceId, service.Name, ImportOutcome.Skipped,
                    $"its organisation '{service.Organisation!.SourceId}' has no name and was not imported before", warnings));
                continue;
            }

            var outcome = WriteService(service, organisationId, hashes[service.SourceId], terms, existing, rows, drafts);
            results.Add(new(item.Position, service.SourceId, service.Name, outcome, null, warnings));
        }

        return results;
    }

    private string HashOf(MappedService service, Guid? fixedOrganisation) =>
        ContentHash.Of($"{service.Hash()}|{fixedOrganisation ?? organisations.GetValueOrDefault(service.Organisation!.SourceId):N}");

    private ImportOutcome WriteService(
        MappedService service, Guid organisationId, string hash, ImportTerms terms, HashSet<Guid> existing, Dictionary<Guid, Service> rows, Dictionary<Guid, string> drafts)
    {
        var link = Link(ContentKind.Service, service.SourceId);
        if (link is not null && existing.Contains(link.ContentId) && link.ContentHash == hash)
        {
            return ImportOutcome.Unchanged;
        }

        var termRows = service.Terms.Select(terms.Resolve).SelectMany(terms.WithMapping).DistinctBy(t => t.Id).ToList();
        var locationRows = service.Locations.Select(l => locations[l.SourceId]).ToList();
        var fromFeed = new ServiceSnapshot
        {
            Name = service.Name,
            Summary = service.Summary,
            Description = service.Description,
            OrganisationId = organisationId,
            MinimumAge = service.MinimumAge,
            MaximumAge = service.MaximumAge,
            CategoryIds = termRows.Where(t => t.Kind == TaxonomyKind.Category).Select(t => t.Id).ToList(),
            NeedIds = termRows.Where(t => t.Kind == TaxonomyKind.Need).Select(t => t.Id).ToList(),
            OutcomeIds = termRows.Where(t => t.Kind == TaxonomyKind.Outcome).Select(t => t.Id).ToList(),
            ImportedTermIds = termRows.Where(t => t.Kind == TaxonomyKind.Imported).Select(t => t.Id).ToList(),
            Audiences = service.Audiences,
            AccessRoutes = service.AccessRoutes,
            IsFree = service.IsFree,
            CostDetails = service.CostDetails,
            DeliveryModes = service.DeliveryModes,
            Languages = service.Languages,
            Contact = service.Contact,
            LocationIds = locationRows.Select(l => l.Id).ToList(),
            AreaType = service.AreaType,
            Localities = service.Localities,
            Schedules = service.Schedules.Select(s => new ScheduleSnapshot(s.Day, s.Opens, s.Closes,
                s.LocationSourceId is { } l ? locations[l].Id : null, s.ValidFrom, s.ValidTo, s.Note)).ToList(),
        };
        var termsById = termRows.DistinctBy(t => t.Id).ToDictionary(t => t.Id);
        var locationsById = locationRows.DistinctBy(l => l.Id).ToDictionary(l => l.Id);

        if (link is not null && rows.TryGetValue(link.ContentId, out var row))
        {
            link.ContentHash = hash;
            link.ImportedAt = now.UtcDateTime;
            var current = row.ToSnapshot();
            var baseline = options.AsDrafts && drafts.TryGetValue(row.Id, out var draft) ? ServiceSnapshot.FromJson(draft) : current;
            // What the feed does not say (young people's answers, Local Offer, closures, review dates; audiences and
            // access routes unless it names ours) stays as people here wrote it.
            var wanted = (fromFeed with
            {
                Slug = row.Slug,
                Audiences = service.Audiences.Count > 0 ? service.Audiences : baseline.Audiences,
                AccessRoutes = service.AccessRoutes.Count > 0 ? service.AccessRoutes : baseline.AccessRoutes,
                Closures = baseline.Closures,
                Youth = baseline.Youth,
                LocalOffer = baseline.LocalOffer,
                ValidTo = baseline.ValidTo,
                ReviewBy = baseline.ReviewBy ?? (options.AsDrafts ? null : today.AddMonths(12)),
            }).Normalised();
            if (wanted.SameAs(baseline))
            {
                return ImportOutcome.Unchanged;
            }

            var goLive = !options.AsDrafts;
            versions.Add(ContentKind.Service, row.Id, organisationId, wanted.Name, wanted.ToJson(), goLive,
                (row.Name, current.ToJson(), row.Status != ContentStatus.Draft, row.LastModified), $"service:{row.Slug}", service.SourceId);
            if (goLive)
            {
                wanted.ApplyTo(row, termsById, locationsById);
                row.Status = row.Status == ContentStatus.Withdrawn ? ContentStatus.Withdrawn : ContentStatus.Published;
                row.LastReviewed = today;
                row.LastModified = now;
            }

            return ImportOutcome.Updated;
        }

        var id = NewId(ContentKind.Service, service.SourceId);
        var snapshot = (fromFeed with { Slug = slugs.Service(service.Name), ReviewBy = options.AsDrafts ? null : today.AddMonths(12) }).Normalised();
        var created = new Service
        {
            Id = id,
            Slug = snapshot.Slug,
            Name = snapshot.Name,
            Status = options.AsDrafts ? ContentStatus.Draft : ContentStatus.Published,
            LastModified = now,
            LastReviewed = options.AsDrafts ? null : today,
        };
        snapshot.ApplyTo(created, termsById, locationsById);
        db.Services.Add(created);
        versions.Add(ContentKind.Service, id, organisationId, snapshot.Name, snapshot.ToJson(), !options.AsDrafts, null, $"service:{snapshot.Slug}", service.SourceId);
        AddLink(ContentKind.Service, service.SourceId, id, hash);
        return ImportOutcome.Created;
    }

    private async Task WriteOrganisationsAsync(List<MappedOrganisation> wanted, CancellationToken cancellationToken)
    {
        var ids = wanted.Select(o => Link(ContentKind.Organisation, o.SourceId)?.ContentId).OfType<Guid>().ToList();
        var feedIds = wanted.Select(o => AsGuid(o.SourceId)).OfType<Guid>().ToList();
        freeIds[ContentKind.Organisation].UnionWith(feedIds.Except(await db.Organisations.Where(o => feedIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken)));
        var rows = await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        await versions.LoadAsync(ContentKind.Organisation, rows.Keys, cancellationToken);
        foreach (var organisation in wanted)
        {
            var hash = organisation.Hash();
            var link = Link(ContentKind.Organisation, organisation.SourceId);
            if (link is not null && rows.TryGetValue(link.ContentId, out var row))
            {
                organisations[organisation.SourceId] = row.Id;
                if (link.ContentHash == hash || organisation.Name is null)
                {
                    continue;
                }

                link.ContentHash = hash;
                link.ImportedAt = now.UtcDateTime;
                var current = row.ToSnapshot();
                var snapshot = current with { Name = organisation.Name, Description = organisation.Description, Website = organisation.Website, Phone = organisation.Phone, Email = organisation.Email };
                if (snapshot.ToJson() == current.ToJson())
                {
                    continue;
                }

                versions.Add(ContentKind.Organisation, row.Id, row.Id, snapshot.Name, snapshot.ToJson(), goLive: true,
                    (row.Name, current.ToJson(), true, row.LastModified), $"organisation:{row.Slug}", organisation.SourceId);
                snapshot.ApplyTo(row);
                row.LastModified = now;
                counts.OrganisationsUpdated++;
                continue;
            }

            if (organisation.Name is null)
            {
                continue;
            }

            var id = NewId(ContentKind.Organisation, organisation.SourceId);
            var created = new Organisation { Id = id, Slug = slugs.Organisation(organisation.Name), Name = organisation.Name, LastModified = now };
            var fresh = new OrganisationSnapshot
            {
                Name = organisation.Name, Slug = created.Slug, Type = organisation.Type, Description = organisation.Description,
                Website = organisation.Website, Phone = organisation.Phone, Email = organisation.Email,
            };
            fresh.ApplyTo(created);
            db.Organisations.Add(created);
            versions.Add(ContentKind.Organisation, id, id, fresh.Name, fresh.ToJson(), goLive: true, null, $"organisation:{created.Slug}", organisation.SourceId);
            AddLink(ContentKind.Organisation, organisation.SourceId, id, hash);
            organisations[organisation.SourceId] = id;
            counts.OrganisationsCreated++;
        }
    }

    private async Task WriteLocationsAsync(List<MappedLocation> wanted, CancellationToken cancellationToken)
    {
        var ids = wanted.Select(l => Link(ContentKind.Location, l.SourceId)?.ContentId).OfType<Guid>().ToList();
        var feedIds = wanted.Select(l => AsGuid(l.SourceId)).OfType<Guid>().ToList();
        freeIds[ContentKind.Location].UnionWith(feedIds.Except(await db.Locations.Where(l => feedIds.Contains(l.Id)).Select(l => l.Id).ToListAsync(cancellationToken)));
        var rows = await db.Locations.Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        await versions.LoadAsync(ContentKind.Location, rows.Keys, cancellationToken);
        var postcodes = wanted.Where(l => l.Latitude is null && l.Postcode.Length > 0).Select(l => l.Postcode).Distinct().ToList();
        var points = postcodes.Count == 0 ? [] : await db.Postcodes.AsNoTracking().Where(p => postcodes.Contains(p.Postcode)).ToDictionaryAsync(p => p.Postcode, cancellationToken);
        foreach (var location in wanted)
        {
            var hash = location.Hash();
            var (latitude, longitude) = location.Latitude is { } lat ? (lat, location.Longitude!.Value)
                : points.TryGetValue(location.Postcode, out var point) ? (point.Latitude, point.Longitude) : (0d, 0d);
            var link = Link(ContentKind.Location, location.SourceId);
            if (link is not null && rows.TryGetValue(link.ContentId, out var row))
            {
                locations[location.SourceId] = row;
                if (link.ContentHash == hash)
                {
                    continue;
                }

                link.ContentHash = hash;
                link.ImportedAt = now.UtcDateTime;
                var current = row.ToSnapshot();

                // Most feeds have no transport notes (the ORUK schema has no field for them): notes written here stay.
                var snapshot = (current with
                {
                    Name = location.Name, Address = location.Address, Town = location.Town, Postcode = location.Postcode, Latitude = latitude, Longitude = longitude,
                    Accessibility = location.Accessibility, Transport = location.Transport ?? current.Transport,
                }).Normalised();
                if (snapshot.ToJson() == current.ToJson())
                {
                    continue;
                }

                versions.Add(ContentKind.Location, row.Id, null, snapshot.Name, snapshot.ToJson(), goLive: true,
                    (row.Name, current.ToJson(), true, row.LastModified), $"location:{row.Slug}", location.SourceId);
                snapshot.ApplyTo(row);
                row.LastModified = now;
                counts.LocationsUpdated++;
                continue;
            }

            var id = NewId(ContentKind.Location, location.SourceId);
            var fresh = new LocationSnapshot
            {
                Name = location.Name, Slug = slugs.Location(location.Name), Address = location.Address, Town = location.Town, Postcode = location.Postcode,
                Latitude = latitude, Longitude = longitude, Accessibility = location.Accessibility, Transport = location.Transport,
            }.Normalised();
            var created = new Location { Id = id, Slug = fresh.Slug, Name = fresh.Name, LastModified = now };
            fresh.ApplyTo(created);
            db.Locations.Add(created);
            versions.Add(ContentKind.Location, id, null, fresh.Name, fresh.ToJson(), goLive: true, null, $"location:{fresh.Slug}", location.SourceId);
            AddLink(ContentKind.Location, location.SourceId, id, hash);
            locations[location.SourceId] = created;
            counts.LocationsCreated++;
        }
    }

    private async Task LoadLinksAsync(List<MappedService> services, bool withOrganisations, CancellationToken cancellationToken)
    {
        var serviceIds = services.Select(s => s.SourceId).ToList();
        var organisationIds = withOrganisations ? services.Select(s => s.Organisation!.SourceId).Distinct().ToList() : [];
        var locationIds = services.SelectMany(s => s.Locations).Select(l => l.SourceId).Distinct().ToList();
        var found = await db.ImportLinks
            .Where(l => l.Source == options.Source
                && ((l.Kind == ContentKind.Service && serviceIds.Contains(l.SourceId))
                    || (l.Kind == ContentKind.Organisation && organisationIds.Contains(l.SourceId))
                    || (l.Kind == ContentKind.Location && locationIds.Contains(l.SourceId))))
            .ToListAsync(cancellationToken);
        foreach (var link in found)
        {
            links[(link.Kind, link.SourceId)] = link;
        }
    }

    private ImportLink? Link(ContentKind kind, string sourceId) => links.GetValueOrDefault((kind, sourceId));

    private static Guid? AsGuid(string sourceId) => Guid.TryParse(sourceId, out var id) && id != Guid.Empty ? id : null;

    /// <summary>The feed's id when it is a free UUID (each is used once), otherwise a new one.</summary>
    private Guid NewId(ContentKind kind, string sourceId) => AsGuid(sourceId) is { } id && freeIds[kind].Remove(id) ? id : Guid.NewGuid();

    /// <summary>A new link, or the old one pointed at the new row when the row it named has gone (deleted here), so the record is imported afresh.</summary>
    private void AddLink(ContentKind kind, string sourceId, Guid contentId, string hash)
    {
        if (Link(kind, sourceId) is { } old)
        {
            old.ContentId = contentId;
            old.ContentHash = hash;
            old.ImportedAt = now.UtcDateTime;
            return;
        }

        var link = new ImportLink { Kind = kind, Source = options.Source, SourceId = sourceId, ContentId = contentId, ContentHash = hash, ImportedAt = now.UtcDateTime };
        db.ImportLinks.Add(link);
        links[(kind, sourceId)] = link;
    }
}
