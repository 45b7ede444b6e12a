using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Feedback;
using Signpost.Web.Tests.Editor.Bulk;
using Signpost.Web.Tests.Editor.Scheduling;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Participation.Reports;

/// <summary>The four exports: the same disclosure control as the page, de-identification, the formula guard and the audit entries.</summary>
public sealed class ParticipationExportTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    private static async Task<List<List<string>>> CsvAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        return CsvReader.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'));
    }

    private static async Task<Dictionary<string, List<List<string>>>> XlsxAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        return XlsxSheets.Read(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Figures_exports_carry_the_same_suppression_as_the_page()
    {
        await FeedbackRows.AddAsync(factory,
        [
            .. FeedbackRows.Many(12, "E1", RespondentType.YoungPerson, r => r.AgeBand = "14-15"),
            .. FeedbackRows.Many(3, "E1", RespondentType.ParentCarer, r => r.AgeBand = "over-25"),
            .. FeedbackRows.Many(7, "E1", RespondentType.Professional, r => r.AgeBand = "over-25"),
        ]);
        var officer = await SignedInClientAsync(factory, Roles.ParticipationOfficer);

        var csv = await CsvAsync(await officer.GetAsync("/editor/participation/export.csv?district=E1&period=all"));
        Assert.Equal(["table", "row", "column", "value"], csv[0]);
        string Value(string table, string row, string column) => csv.Single(r => r[0] == table && r[1] == row && r[2] == column)[3];
        Assert.Equal("12", Value("audience", "Young people", "Responses"));
        Assert.Equal("<5", Value("audience", "Parents and carers", "Responses"));
        Assert.Equal("[c]", Value("audience", "Professionals", "Responses"));
        Assert.Equal("", Value("audience", "Professionals", "Share"));
        Assert.Equal("22", Value("audience", "Total", "Responses"));
        Assert.Equal("10", Value("age-band", "Over 25", "Responses"));
        Assert.Contains(csv, r => r[0] == "about" && r[3] == "Postcode district: E1");
        Assert.DoesNotContain(csv, r => r[0] != "about" && r[3] is "3" or "7");

        var sheets = await XlsxAsync(await officer.GetAsync("/editor/participation/export.xlsx?district=E1&period=all"));
        Assert.Contains("About", sheets.Keys);
        var who = sheets["Who gave feedback"];
        Assert.Equal(["Who", "Responses", "Share"], who[0]);
        Assert.Equal(["Young people", "12", "55%"], who.Single(r => r[0] == "Young people"));
        Assert.Equal("<5", who.Single(r => r[0] == "Parents and carers")[1]);
        Assert.Equal("[c]", who.Single(r => r[0] == "Professionals")[1]);
        Assert.Equal("22", who.Single(r => r[0] == "Total")[1]);
        Assert.True(new[] { "Who gave feedback", "Age" }.SelectMany(name => sheets[name]).SelectMany(r => r.Skip(1)).All(c => c is not ("3" or "7")));
    }

    [Fact]
    public async Task Response_exports_are_de_identified_and_guard_against_formulas()
    {
        var quoted = FeedbackRows.Approved("E2", change: r =>
        {
            r.Text = "=HYPERLINK(\"http://evil.example\",\"Click\") approved words";
            r.MayQuote = true;
            r.QuoteApproved = true;
            r.Rating = 4;
            r.Sex = "female";
            r.Outcomes = FeedbackOutcomes.Happier | FeedbackOutcomes.FeelSafer;
            r.Themes = [new FeedbackResponseTheme { ThemeSlug = "staff" }, new FeedbackResponseTheme { ThemeSlug = "access" }];
        });
        var private1 = FeedbackRows.Approved("E2", change: r => { r.Text = "Unapproved private words"; r.MayQuote = true; r.WantsReply = true; });
        var pending = FeedbackRows.Approved("E2", change: r => { r.Text = "Pending words"; r.MayQuote = true; r.QuoteApproved = true; r.Status = FeedbackStatus.Pending; });
        await FeedbackRows.AddAsync(factory, [quoted, private1, pending]);
        await using (var store = new StoreScope(factory))
        {
            store.Db.FeedbackReplyRequests.Add(new FeedbackReplyRequest { FeedbackResponseId = private1.Id, Email = "reply-me@example.org", CreatedAt = DateTime.UtcNow });
            await store.Db.SaveChangesAsync();
        }

        var officer = await SignedInClientAsync(factory, Roles.ParticipationOfficer);
        var csvResponse = await officer.GetAsync("/editor/participation/responses.csv?district=E2&period=all");
        var csv = await CsvAsync(csvResponse);
        var xlsx = (await XlsxAsync(await officer.GetAsync("/editor/participation/responses.xlsx?district=E2&period=all")))["Responses"];

        foreach (var rows in new[] { csv, xlsx })
        {
            Assert.Equal(3, rows.Count);
            Assert.Equal("month", rows[0][0]);
            var all = string.Join("|", rows.SelectMany(r => r));
            foreach (var secret in new[] { "reply-me@example.org", quoted.ReceiptHash, private1.ReceiptHash, quoted.DuplicateKey, "Unapproved private words", "Pending words", "female" })
            {
                Assert.DoesNotContain(secret, all);
            }

            Assert.Contains(rows, r => r.Contains(DateTime.UtcNow.AddDays(-7).ToString("yyyy-MM")));
            Assert.DoesNotContain(rows, r => r.Any(c => c.Contains(':') && c.Contains('T') && c.Length >= 19 && DateTime.TryParse(c, out _)));
            var quotedRow = rows.Single(r => r.Any(c => c.Contains("approved words")));
            Assert.Contains("Staff and how they treat you", string.Join("|", quotedRow));
            Assert.Contains("Feel safer; Happier", quotedRow);
            Assert.Contains("4", quotedRow);
        }

        // CSV: a formula is defused with an apostrophe; XLSX: it is inline text, which is never evaluated.
        Assert.Contains(csv, r => r.Contains("'=HYPERLINK(\"http://evil.example\",\"Click\") approved words"));
        Assert.Contains(xlsx, r => r.Contains("=HYPERLINK(\"http://evil.example\",\"Click\") approved words"));
        Assert.Equal("no-store", csvResponse.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Every_export_is_written_to_the_audit_log_with_its_filter()
    {
        var officer = await SignedInClientAsync(factory, Roles.ParticipationOfficer, email: $"audited-{Guid.NewGuid():N}@example.org");
        var urls = new[] { "export.csv", "export.xlsx", "responses.csv", "responses.xlsx" };

        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/editor/participation/{url}?age=16-17&period=6")).StatusCode);
        }

        await using var store = new StoreScope(factory);
        var entries = await store.Db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.Exported && e.UserEmail!.StartsWith("audited-")).ToListAsync();
        Assert.Equal(
            ["participation/participation-figures.csv", "participation/participation-figures.xlsx", "participation/participation-responses.csv", "participation/participation-responses.xlsx"],
            entries.Select(e => e.Target!).Order());
        Assert.All(entries, e => Assert.Contains("Age band: 16 to 17", e.Detail));
    }
}
