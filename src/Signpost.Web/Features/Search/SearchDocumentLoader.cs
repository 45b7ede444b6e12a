using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Signpost.Core.Content;
using Signpost.Core.Markdown;
using Signpost.Data;
using Signpost.Data.Seed;
using Signpost.Search;
using Signpost.Web.Features.Listings;

namespace Signpost.Web.Features.Search;

/// <summary>
/// Reads published services as search documents with one flat query per table, each read with a raw
/// reader straight into what the documents need, and joins them in memory. Loading tens of thousands of
/// services as entity graphs (includes, split queries, change tracking), and later as materialised
/// entities, took most of a large node's start-up.
/// </summary>
public static class SearchDocumentLoader
{
    /// <summary>Published services, all of them or only those in <paramref name="only"/>; the engine hides expired ones itself.</summary>
    public static async Task<List<SearchDocument>> LoadPublishedAsync(SignpostDbContext db, CancellationToken cancellationToken, IReadOnlyCollection<Guid>? only = null)
    {
        return await WithOpenConnectionAsync(db, async () =>
        {
            await using var command = ServicesCommand(db, only);
            var rows = await StoreRows.ReadAsync(command, ServiceRow(), cancellationToken);
            var wanted = only is null ? null : rows.Select(r => r.Id).ToHashSet();
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var links = await LinkedRowsAsync(db.Database.GetDbConnection(), transaction, wanted, cancellationToken);
            return rows.Select(links.Document).ToList();
        }, cancellationToken);
    }

    /// <summary>
    /// Every published service for a node's build, handed to <paramref name="build"/> as the service rows are read
    /// on <paramref name="db"/>, so they are never all in memory at once (at 50,000 services, holding them all
    /// first took a starting node's peak from about 530 to about 720 MB). What the services link to is read before that, on
    /// <paramref name="linksDb"/>'s own connection while the first rows are read. The two reads are not one snapshot;
    /// the caller reads the change feed's position first, so a change committed meanwhile is applied again afterwards.
    /// </summary>
    public static async Task<T> BuildFromAllPublishedAsync<T>(SignpostDbContext db, SignpostDbContext linksDb, Func<IEnumerable<SearchDocument>, T> build, CancellationToken cancellationToken)
    {
        return await WithOpenConnectionAsync(db, async () =>
        {
            await using var services = ServiceRowStream.Start(() => ServicesCommand(db, null), ServiceRow(), cancellationToken);
            var links = await WithOpenConnectionAsync(linksDb, () => LinkedRowsAsync(linksDb.Database.GetDbConnection(), null, null, cancellationToken), cancellationToken);
            return build(services.Rows().Select(links.Document));
        }, cancellationToken);
    }

    private static async Task<T> WithOpenConnectionAsync<T>(SignpostDbContext db, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        var opened = db.Database.GetDbConnection().State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            return await read();
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>
    /// The service rows' query, with the SQL and parameters EF generates for it (so the filter on
    /// <paramref name="only"/> is translated by the provider), to be read without materialising anything.
    /// </summary>
    private static DbCommand ServicesCommand(SignpostDbContext db, IReadOnlyCollection<Guid>? only)
    {
        var published = db.Services.AsNoTracking().Where(s => s.Status == ContentStatus.Published && s.Organisation.Status != ContentStatus.Withdrawn);
        if (only is not null)
        {
            published = published.Where(s => only.Contains(s.Id));
        }

        return published
            .Select(s => new
            {
                s.Id, s.Slug, s.Name, s.Summary, s.Description, s.OrganisationId, s.MinimumAge, s.MaximumAge, s.IsFree,
                s.Audiences, s.AccessRoutes, s.DeliveryModes, s.Languages, s.AreaType, s.Localities, s.ValidTo,
            })
            .CreateDbCommand();
    }

    /// <summary>
    /// Maps one row of <see cref="ServicesCommand"/>, for one read (it keeps the column positions and the list words it
    /// has seen). The description becomes plain text here, so the Markdown is garbage as soon as its row is read.
    /// </summary>
    private static Func<DbDataReader, PublishedServiceRow> ServiceRow()
    {
        var audiences = StoredList.Enum<Audience>(AudienceText.Slug);
        var accessRoutes = StoredList.Enum<AccessRoute>(VocabularyWords.Of);
        var deliveryModes = StoredList.Enum<DeliveryMode>(VocabularyWords.Of);
        var languages = StoredList.Plain();
        var localities = StoredList.Plain();
        var areaWords = new Dictionary<string, string>(StringComparer.Ordinal);
        int[]? at = null;
        return reader =>
        {
            at ??= Ordinals(reader, "Id", "Slug", "Name", "Summary", "Description", "OrganisationId", "MinimumAge", "MaximumAge", "IsFree",
                "Audiences", "AccessRoutes", "DeliveryModes", "Languages", "AreaType", "Localities", "ValidTo");
            var area = reader.GetString(at[13]);
            if (!areaWords.TryGetValue(area, out var areaWord))
            {
                areaWords[area] = areaWord = VocabularyWords.Of(Enum.Parse<ServiceAreaType>(area));
            }

            return new PublishedServiceRow(
                reader.GetGuid(at[0]),
                reader.GetString(at[1]),
                reader.GetString(at[2]),
                reader.GetString(at[3]),
                SafeMarkdown.ToPlainText(reader.GetString(at[4])),
                reader.GetGuid(at[5]),
                StoreRows.NullableInt(reader, at[6]),
                StoreRows.NullableInt(reader, at[7]),
                reader.GetBoolean(at[8]),
                audiences.Read(reader, at[9]),
                accessRoutes.Read(reader, at[10]),
                deliveryModes.Read(reader, at[11]),
                languages.Read(reader, at[12]),
                areaWord,
                localities.Read(reader, at[14]),
                StoreRows.Nullable<DateOnly>(reader, at[15]));
        };
    }

    /// <summary>Organisations, terms, venues, links, schedules and closures; rows of services not in <paramref name="wanted"/> are skipped.</summary>
    private static async Task<LinkedRows> LinkedRowsAsync(DbConnection connection, DbTransaction? transaction, HashSet<Guid>? wanted, CancellationToken cancellationToken)
    {
        // Quoted identifiers keep the SQL the same on SQLite and PostgreSQL.
        Task<List<T>> Read<T>(string sql, Func<DbDataReader, T> row) => StoreRows.ReadAsync(connection, transaction, sql, row, cancellationToken);
        bool Wanted(Guid service) => wanted is null || wanted.Contains(service);

        var organisations = await Read("SELECT \"Id\", \"Name\" FROM \"Organisations\"", r => (Id: r.GetGuid(0), Name: r.GetString(1)));
        var terms = await Read(
            "SELECT \"Id\", \"Kind\", \"Slug\", \"Name\", \"ParentId\" FROM \"TaxonomyTerms\"",
            r => (Id: r.GetGuid(0), Term: new StoredTerm(StoreRows.Named<TaxonomyKind>(r, 1), r.GetString(2), r.GetString(3), StoreRows.NullableGuid(r, 4))));
        var accessibility = StoredList.Plain();
        var venues = await Read(
            "SELECT \"Id\", \"Latitude\", \"Longitude\", \"Town\", \"Accessibility\" FROM \"Locations\" WHERE \"Status\" <> 'Withdrawn'",
            r => (Id: r.GetGuid(0), Venue: new StoredVenue(new SearchLocation(r.GetDouble(1), r.GetDouble(2), r.GetString(3)), accessibility.Read(r, 4))));

        // A join table's two keys need no conversion, and EF's shared-type entities materialised a dictionary per row.
        var termLinks = await Read("SELECT \"ServicesId\", \"TermsId\" FROM \"ServiceTerms\"", r => (Service: r.GetGuid(0), Other: r.GetGuid(1)));
        var venueLinks = await Read("SELECT \"ServicesId\", \"LocationsId\" FROM \"ServiceLocations\"", r => (Service: r.GetGuid(0), Other: r.GetGuid(1)));
        var sessions = await Read(
            "SELECT \"ServiceId\", \"Day\", \"Opens\", \"Closes\", \"ValidFrom\", \"ValidTo\" FROM \"ServiceSchedules\"",
            r => (Service: r.GetGuid(0), Session: new SearchSession(
                StoreRows.Named<DayOfWeek>(r, 1), r.GetFieldValue<TimeOnly>(2), StoreRows.Nullable<TimeOnly>(r, 3), StoreRows.Nullable<DateOnly>(r, 4), StoreRows.Nullable<DateOnly>(r, 5))));
        var closures = await Read("SELECT \"ServiceId\", \"Date\" FROM \"ServiceClosures\"", r => (Service: r.GetGuid(0), Date: r.GetFieldValue<DateOnly>(1)));

        return new LinkedRows(
            organisations.ToDictionary(o => o.Id, o => o.Name),
            terms.ToDictionary(t => t.Id, t => t.Term),
            venues.ToDictionary(v => v.Id, v => v.Venue),
            termLinks.Where(l => Wanted(l.Service)).ToLookup(l => l.Service, l => l.Other),
            venueLinks.Where(l => Wanted(l.Service)).ToLookup(l => l.Service, l => l.Other),
            sessions.Where(s => Wanted(s.Service)).ToLookup(s => s.Service, s => s.Session),
            closures.Where(c => Wanted(c.Service)).ToLookup(c => c.Service, c => c.Date));
    }

    private static int[] Ordinals(DbDataReader reader, params string[] names) => names.Select(reader.GetOrdinal).ToArray();
}
