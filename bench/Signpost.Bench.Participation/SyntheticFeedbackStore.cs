using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Core.Feedback;
using Signpost.Data;

namespace Signpost.Bench.Participation;

/// <summary>
/// A fresh Signpost store (the site's own migrations) with 30 organisations, 160 services in 8
/// parent categories with children, 12 themes and N deterministic feedback responses over 24
/// months: about 80% approved, a third with an age band missing, some with equality answers.
/// </summary>
public static class SyntheticFeedbackStore
{
    public const int Organisations = 30;
    public const int Services = 160;
    private const int Seed = 20261122;

    public static DbContextOptions<SignpostDbContext> Options(string file) =>
        new DbContextOptionsBuilder<SignpostDbContext>()
            .UseSignpostStore(StoreProvider.Sqlite, $"Data Source={file}")
            .Options;

    public static async Task<(Guid[] ServiceIds, Guid[] OrganisationIds, Guid[] CategoryIds)> WriteAsync(string file, int count, DateTime now)
    {
        foreach (var f in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(f);
        }

        var options = Options(file);
        await using var db = new SignpostDbContext(options);
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        var organisations = Enumerable.Range(0, Organisations)
            .Select(i => new Organisation { Id = Id(1, i), Slug = $"org-{i}", Name = $"Organisation {i}", LastModified = now }).ToList();
        var parents = Enumerable.Range(0, 8)
            .Select(i => new TaxonomyTerm { Id = Id(2, i), Kind = TaxonomyKind.Category, Slug = $"cat-{i}", Name = $"Category {i}", SortOrder = i }).ToList();
        var children = Enumerable.Range(0, 32)
            .Select(i => new TaxonomyTerm { Id = Id(3, i), Kind = TaxonomyKind.Category, Slug = $"sub-{i}", Name = $"Subcategory {i}", ParentId = parents[i % 8].Id, SortOrder = i }).ToList();
        var services = Enumerable.Range(0, Services).Select(i => new Service
        {
            Id = Id(4, i),
            Slug = $"service-{i}",
            Name = $"Service {i}",
            OrganisationId = organisations[i % Organisations].Id,
            Terms = [children[i % children.Count]],
            LastModified = now,
        }).ToList();
        db.Organisations.AddRange(organisations);
        db.TaxonomyTerms.AddRange(parents);
        db.TaxonomyTerms.AddRange(children);
        db.Services.AddRange(services);
        var themes = new[] { "access", "times", "staff", "cost", "transport", "confidentiality", "waiting-times", "information", "activities", "venue", "safety", "send" };
        db.FeedbackThemes.AddRange(themes.Select((t, i) => new FeedbackTheme { Slug = t, Label = t, SortOrder = i }));
        await db.SaveChangesAsync();

        await db.Database.OpenConnectionAsync();
        await InsertResponsesAsync((SqliteConnection)db.Database.GetDbConnection(), count, now, services, themes);
        return (services.Select(s => s.Id).ToArray(), organisations.Select(o => o.Id).ToArray(), parents.Select(p => p.Id).ToArray());
    }

    private static async Task InsertResponsesAsync(SqliteConnection connection, int count, DateTime now, List<Service> services, string[] themes)
    {
        var random = new Random(Seed);
        string[] districts = ["WA7", "WA8", "WA4", "WA5", "L24", "L26"];
        string?[] sexes = [null, null, "female", "male", "other", EqualityOptions.PreferNotToSay];
        string?[] ethnicities = [null, null, "white", "white", "asian", "black", "mixed", "other"];
        string?[] disabilities = [null, "no", "no", "yes", EqualityOptions.PreferNotToSay];
        var answers = Enum.GetNames<ExperienceAnswer>();

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO FeedbackResponses (SubmittedAt, ServiceId, OrganisationId, Channel, Respondent, AgeBand, PostcodeDistrict,
                EasyToGetTo, ListenedAndRespected, Confidential, TimesRight, Outcomes, Rating, Text, MayQuote, QuoteApproved, WantsReply,
                Sex, Ethnicity, Disability, Status, Urgent, ReceiptHash, ReceiptExpiresAt, DuplicateKey, IsDemo)
            VALUES ($at, $service, $organisation, $channel, $respondent, $age, $district, $q1, $q2, $q3, $q4, $outcomes, $rating, $text,
                $mayQuote, $quoteApproved, 0, $sex, $ethnicity, $disability, $status, 0, $receipt, $expires, $duplicate, 1);
            SELECT last_insert_rowid();
            """;
        var names = new[] { "$at", "$service", "$organisation", "$channel", "$respondent", "$age", "$district", "$q1", "$q2", "$q3", "$q4", "$outcomes", "$rating", "$text", "$mayQuote", "$quoteApproved", "$sex", "$ethnicity", "$disability", "$status", "$receipt", "$expires", "$duplicate" };
        var parameters = names.ToDictionary(n => n, n => insert.Parameters.Add(new SqliteParameter { ParameterName = n }));
        await using var tag = connection.CreateCommand();
        tag.Transaction = transaction;
        tag.CommandText = "INSERT INTO FeedbackResponseThemes (FeedbackResponseId, ThemeSlug) VALUES ($id, $theme)";
        var tagId = tag.Parameters.Add(new SqliteParameter { ParameterName = "$id" });
        var tagTheme = tag.Parameters.Add(new SqliteParameter { ParameterName = "$theme" });

        for (var i = 0; i < count; i++)
        {
            object Db(object? value) => value ?? DBNull.Value;
            var general = random.Next(10) == 0;
            var service = services[random.Next(services.Count)];
            var respondent = random.Next(10) switch { < 6 => RespondentType.YoungPerson, < 9 => RespondentType.ParentCarer, _ => RespondentType.Professional };
            var quotable = random.Next(4) == 0;
            parameters["$at"].Value = now.AddSeconds(-random.Next(0, 730 * 24 * 3600)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            parameters["$service"].Value = general ? DBNull.Value : Upper(service.Id);
            parameters["$organisation"].Value = general ? DBNull.Value : Upper(service.OrganisationId);
            parameters["$channel"].Value = random.Next(10) switch { < 7 => "Website", 7 => "PaperForm", 8 => "Event", _ => "YouthForum" };
            parameters["$respondent"].Value = respondent.ToString();
            parameters["$age"].Value = Db(random.Next(3) == 0 ? null : FeedbackAgeBands.All[random.Next(FeedbackAgeBands.All.Count)]);
            parameters["$district"].Value = Db(random.Next(5) == 0 ? null : districts[random.Next(districts.Length)]);
            foreach (var q in new[] { "$q1", "$q2", "$q3", "$q4" })
            {
                parameters[q].Value = Db(random.Next(8) == 0 ? null : answers[Math.Min(random.Next(6), 3)]);
            }

            parameters["$outcomes"].Value = random.Next(256);
            parameters["$rating"].Value = Db(random.Next(6) == 0 ? null : 1 + Math.Min(4, random.Next(7)));
            parameters["$text"].Value = Db(random.Next(2) == 0 ? null : $"Synthetic feedback {i}: the sessions helped and the staff were kind.");
            parameters["$mayQuote"].Value = quotable ? 1 : 0;
            parameters["$quoteApproved"].Value = quotable && random.Next(2) == 0 ? 1 : 0;
            parameters["$sex"].Value = Db(sexes[random.Next(sexes.Length)]);
            parameters["$ethnicity"].Value = Db(ethnicities[random.Next(ethnicities.Length)]);
            parameters["$disability"].Value = Db(disabilities[random.Next(disabilities.Length)]);
            parameters["$status"].Value = random.Next(10) switch { < 8 => "Approved", 8 => "Pending", _ => "Rejected" };
            parameters["$receipt"].Value = $"{i:x64}"[^64..];
            parameters["$expires"].Value = now.AddDays(90).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            parameters["$duplicate"].Value = $"dup-{i}";
            var id = (long)(await insert.ExecuteScalarAsync())!;
            foreach (var theme in Enumerable.Range(0, random.Next(3)).Select(_ => themes[random.Next(themes.Length)]).Distinct())
            {
                tagId.Value = id;
                tagTheme.Value = theme;
                await tag.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    /// <summary>EF Core's SQLite provider stores Guids as upper-case text; a lower-case one would never match a filter.</summary>
    private static string Upper(Guid id) => id.ToString().ToUpperInvariant();

    private static Guid Id(int kind, int index) => new(kind, 0, 0, [0, 0, 0, 0, (byte)(index >> 24), (byte)(index >> 16), (byte)(index >> 8), (byte)index]);
}
