using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Signpost.Core.Content;
using Signpost.Data;
using Signpost.Search;

namespace Signpost.Web.Features.Search;

/// <summary>
/// Reads every published service as search documents with one flat query per table and joins
/// them in memory. Loading tens of thousands of services as entity graphs (five includes, split
/// queries, change tracking) took most of a large node's start-up; this reads only what the index needs.
/// </summary>
public static class SearchDocumentLoader
{
    /// <summary>Published services, all of them or only those in <paramref name="only"/>; the engine hides expired ones itself.</summary>
    public static async Task<List<SearchDocument>> LoadPublishedAsync(SignpostDbContext db, CancellationToken cancellationToken, IReadOnlyCollection<Guid>? only = null)
    {
        var published = db.Services.AsNoTracking().Where(s => s.Status == ContentStatus.Published && s.Organisation.Status != ContentStatus.Withdrawn);
        if (only is not null)
        {
            published = published.Where(s => only.Contains(s.Id));
        }

        var services = await published
            .Select(s => new
            {
                s.Id, s.Slug, s.Name, s.Summary, s.Description, s.OrganisationId, s.MinimumAge, s.MaximumAge, s.IsFree,
                s.Audiences, s.AccessRoutes, s.DeliveryModes, s.Languages, s.AreaType, s.Localities, s.ValidTo,
            })
            .ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var terms = await db.TaxonomyTerms.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        var locations = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, cancellationToken);
        var termLinks = await Links(db, "ServiceTerms", "TermsId", cancellationToken);
        var locationLinks = await Links(db, "ServiceLocations", "LocationsId", cancellationToken);
        var schedules = (await db.ServiceSchedules.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(s => s.ServiceId);
        var closures = (await db.ServiceClosures.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(c => c.ServiceId);

        return services.Select(s =>
        {
            var serviceTerms = termLinks[s.Id].Select(id => terms[id]).ToList();
            var categories = new List<SearchTerm>();
            foreach (var term in serviceTerms.Where(t => t.Kind == TaxonomyKind.Category))
            {
                var parent = term.ParentId is { } parentId ? terms[parentId] : null;
                categories.Add(new SearchTerm(term.Slug, term.Name, parent?.Slug));
                if (parent is not null && categories.All(c => c.Slug != parent.Slug))
                {
                    categories.Add(new SearchTerm(parent.Slug, parent.Name, null));
                }
            }

            var venues = locationLinks[s.Id].Select(id => locations[id]).Where(l => l.Status != ContentStatus.Withdrawn).ToList();
            return new SearchDocument(
                s.Id, s.Slug, s.Name, s.Summary, Core.Markdown.SafeMarkdown.ToPlainText(s.Description), organisations[s.OrganisationId],
                s.MinimumAge, s.MaximumAge, s.IsFree, categories,
                serviceTerms.Where(t => t.Kind == TaxonomyKind.Need).Select(n => new SearchTerm(n.Slug, n.Name, null)).ToList(),
                s.Audiences.Select(Listings.AudienceText.Slug).ToList(),
                s.AccessRoutes.Select(Data.Seed.VocabularyWords.Of).ToList(),
                s.DeliveryModes.Select(Data.Seed.VocabularyWords.Of).ToList(),
                s.Languages,
                venues.SelectMany(l => l.Accessibility).Distinct().ToList(),
                venues.Select(l => new SearchLocation(l.Latitude, l.Longitude, l.Town)).ToList(),
                Data.Seed.VocabularyWords.Of(s.AreaType),
                s.Localities,
                schedules[s.Id].Select(x => new SearchSession(x.Day, x.Opens, x.Closes, x.ValidFrom, x.ValidTo)).ToList(),
                closures[s.Id].Select(c => c.Date).ToList(),
                s.ValidTo);
        }).ToList();
    }

    /// <summary>
    /// A join table read straight from the connection: two key columns need no conversion, and EF's shared-type
    /// entities materialised a dictionary per row. Quoted identifiers keep the SQL the same on SQLite and PostgreSQL.
    /// </summary>
    private static async Task<ILookup<Guid, Guid>> Links(SignpostDbContext db, string table, string otherKey, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"SELECT \"ServicesId\", \"{otherKey}\" FROM \"{table}\"";
            var rows = new List<(Guid Service, Guid Other)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetGuid(0), reader.GetGuid(1)));
            }

            return rows.ToLookup(r => r.Service, r => r.Other);
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
