using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Signpost.Core.Accounts;
using Signpost.Core.Feedback;
using Signpost.Data;
using Signpost.Web.Tests.Editor.Bulk;
using Signpost.Web.Tests.Participation.Reports;

namespace Signpost.E2E;

/// <summary>
/// A participation officer opens the participation report, narrows it to 14 to 15 year olds in
/// one district over the last 3 months, downloads the figures as CSV and XLSX (both opened and
/// checked here), and opens the printable report, which prints to PDF. The report and the print
/// are scanned with axe.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class OfficerExportsParticipationReportJourneyTests(SiteFixture site, BrowserFixture browser)
{
    // A made-up district (postcode districts are at most 4 characters), so the counts are this test's alone.
    private const string District = "ZX9";

    [Fact]
    public async Task Officer_FiltersTheReport_DownloadsCsvAndXlsx_AndPrintsIt()
    {
        var serviceName = await ArrangeFeedbackAsync();
        var officer = await BackOffice.CreateUserAsync(site, Roles.ParticipationOfficer);
        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth);
        var page = await context.NewPageAsync();
        await BackOffice.SignInAsync(page, site, officer);

        await page.GotoAsync(site.Url("/editor/participation"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Participation reports", Level = 1 })).ToBeVisibleAsync();
        await AxeScanner.AssertNoViolationsAsync(page, "participation report");

        await page.GetByLabel("Last 3 months", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Postcode district", new() { Exact = true }).SelectOptionAsync(District);
        await page.GetByLabel("Age band", new() { Exact = true }).SelectOptionAsync("14-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("age=14-15"));
        await Assertions.Expect(page.Locator("#total-responses")).ToHaveTextAsync("9");
        await Assertions.Expect(page.Locator("#quotes blockquote")).ToContainTextAsync("The youth club made me feel welcome");
        await Assertions.Expect(page.Locator("#what-changed")).ToContainTextAsync("Friday sessions now run until 9pm");
        await AxeScanner.AssertNoViolationsAsync(page, "participation report, filtered");

        var csvDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Figures as CSV" }).ClickAsync());
        Assert.EndsWith(".csv", csvDownload.SuggestedFilename);
        var csv = CsvReader.Parse((await File.ReadAllTextAsync((await csvDownload.PathAsync())!)).TrimStart('\uFEFF'));
        Assert.Equal("9", csv.Single(r => r[0] == "audience" && r[1] == "Young people" && r[2] == "Responses")[3]);
        Assert.Equal("9", csv.Single(r => r[0] == "age-band" && r[1] == "14 to 15" && r[2] == "Responses")[3]);
        Assert.Contains(csv, r => r[0] == "about" && r[3] == "Age band: 14 to 15");
        Assert.Equal("<5", csv.Single(r => r[0] == "rating" && r[1] == "3" && r[2] == "Responses")[3]);

        var xlsxDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Figures as a spreadsheet (XLSX)" }).ClickAsync());
        Assert.EndsWith(".xlsx", xlsxDownload.SuggestedFilename);
        var sheets = XlsxSheets.Read(await File.ReadAllBytesAsync((await xlsxDownload.PathAsync())!));
        Assert.Equal("9", sheets["Who gave feedback"].Single(r => r[0] == "Young people")[1]);
        Assert.Equal("<5", sheets["Rating"].Single(r => r[0] == "3")[1]);

        var responsesDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "De-identified responses as CSV" }).ClickAsync());
        var responses = CsvReader.Parse((await File.ReadAllTextAsync((await responsesDownload.PathAsync())!)).TrimStart('\uFEFF'));
        Assert.Equal(10, responses.Count);
        Assert.All(responses.Skip(1), r => Assert.Equal(serviceName, r[1]));

        await page.GetByRole(AriaRole.Link, new() { Name = "Printable report" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/editor/participation/print"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Participation report", Level = 1 })).ToBeVisibleAsync();
        foreach (var section in new[] { "Who took part", "What they said", "What changed", "Limits of this report" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = section, Level = 2 })).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator("#limits")).ToContainTextAsync("Views represent participants only");
        await AxeScanner.AssertNoViolationsAsync(page, "printable participation report");

        // As printed: the site's header, footer and the back link are gone; the report prints to PDF.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".govuk-footer")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".app-print-hide")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#who-took-part")).ToBeVisibleAsync();
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
    }

    /// <summary>Approved feedback on a youth service from 9 young people aged 14 to 15 (and 6 older), one quote, and a published "you said, we did".</summary>
    private async Task<string> ArrangeFeedbackAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
        var service = await db.Services.AsNoTracking().OrderBy(s => s.Slug).FirstAsync(s => s.Name.ToLower().Contains("youth"));
        FeedbackResponse Response(string ageBand, int rating, string? quote = null) => new()
        {
            SubmittedAt = DateTime.UtcNow.AddDays(-5),
            ServiceId = service.Id,
            OrganisationId = service.OrganisationId,
            Respondent = RespondentType.YoungPerson,
            AgeBand = ageBand,
            PostcodeDistrict = District,
            Rating = rating,
            EasyToGetTo = ExperienceAnswer.Yes,
            Outcomes = FeedbackOutcomes.Happier,
            Text = quote,
            MayQuote = quote is not null,
            QuoteApproved = quote is not null,
            Status = FeedbackStatus.Approved,
            ReceiptHash = Convert.ToHexString(SHA256.HashData(Guid.NewGuid().ToByteArray())).ToLowerInvariant(),
            ReceiptExpiresAt = DateTime.UtcNow.AddDays(85),
            DuplicateKey = Guid.NewGuid().ToString("N"),
        };

        db.FeedbackResponses.AddRange(Enumerable.Range(0, 6).Select(_ => Response("14-15", 5)));
        db.FeedbackResponses.AddRange(Enumerable.Range(0, 2).Select(_ => Response("14-15", 3)));
        db.FeedbackResponses.Add(Response("14-15", 4, "The youth club made me feel welcome and the staff listened."));
        db.FeedbackResponses.AddRange(Enumerable.Range(0, 6).Select(_ => Response("16-17", 4)));
        db.YouSaidWeDid.Add(new YouSaidWeDid
        {
            Id = Guid.NewGuid(),
            YouSaid = "The sessions finished too early on Fridays.",
            WeDid = "Friday sessions now run until 9pm.",
            ServiceId = service.Id,
            Published = true,
            CreatedAt = DateTime.UtcNow.AddDays(-2),
            PublishedAt = DateTime.UtcNow.AddDays(-1),
            CreatedById = "e2e",
        });
        await db.SaveChangesAsync();
        return service.Name;
    }
}
