using System.Net;
using AngleSharp.Dom;
using Signpost.Core.Accounts;
using Signpost.Core.Feedback;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Participation.Reports;

/// <summary>/editor/participation and its print: counts, disclosure control, every filter, quotes and who may see it.</summary>
public sealed class ParticipationReportPageTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    private static IReadOnlyList<string> Cells(HtmlPage page, string tableId, string rowLabel) =>
        page.Document.QuerySelectorAll($"#{tableId}-table tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Trim() == rowLabel)
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();

    private async Task<HtmlPage> ReportAsync(HttpClient client, string query)
    {
        var page = await ReadPageAsync(await client.GetAsync("/editor/participation?" + query));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page;
    }

    private static string Total(HtmlPage page) => page.Document.QuerySelector("#total-responses")!.TextContent.Trim();

    [Fact]
    public async Task Counts_only_approved_responses_and_hides_small_numbers_with_secondary_suppression()
    {
        await FeedbackRows.AddAsync(factory,
        [
            .. FeedbackRows.Many(12, "T1", RespondentType.YoungPerson, r => r.Rating = 5),
            .. FeedbackRows.Many(3, "T1", RespondentType.ParentCarer, r => r.Rating = 2),
            .. FeedbackRows.Many(7, "T1", RespondentType.Professional),
            .. FeedbackRows.Many(6, "T1", RespondentType.Professional, r => r.Status = FeedbackStatus.Pending),
            .. FeedbackRows.Many(6, "T1", RespondentType.ParentCarer, r => r.Status = FeedbackStatus.Rejected),
            .. FeedbackRows.Many(6, "T1", RespondentType.ParentCarer, r => r.Status = FeedbackStatus.Escalated),
        ]);
        var officer = await SignedInClientAsync(factory, Roles.ParticipationOfficer);

        var page = await ReportAsync(officer, "district=T1&period=all");

        Assert.Equal("22", Total(page));
        Assert.Equal(["12", "55%"], Cells(page, "audience", "Young people"));
        Assert.Equal(["<5", ""], Cells(page, "audience", "Parents and carers"));
        Assert.Equal(["[c]", ""], Cells(page, "audience", "Professionals"));
        Assert.Equal("22", Cells(page, "audience", "Total")[0]);

        // 15 rated: 12 fives and 3 twos. The twos are hidden, so are the "not rated" 7 ([c]).
        Assert.Equal("<5", Cells(page, "rating", "2")[0]);
        Assert.Equal("[c]", Cells(page, "rating", "Not rated")[0]);
        Assert.Equal("0", Cells(page, "rating", "1")[0]);
        Assert.Equal("4.4 out of 5", page.Document.QuerySelector("#average-rating")!.TextContent.Trim());

        // Each chart is an accessible image next to its data table; hidden counts have no bar.
        var chart = page.Document.QuerySelector("#audience svg[role=img]")!;
        Assert.Equal("chart-audience-title chart-audience-desc", chart.GetAttribute("aria-labelledby"));
        Assert.Equal(1, chart.QuerySelectorAll("rect").Length);
        Assert.Contains("<5", chart.TextContent);
        Assert.Contains("<5", page.Document.QuerySelector("#about-these-figures")!.TextContent);
    }

    [Fact]
    public async Task Outcomes_hide_counts_whose_complement_is_small_and_small_totals_hide_everything()
    {
        await FeedbackRows.AddAsync(factory,
        [
            .. FeedbackRows.Many(18, "T2", change: r => r.Outcomes = FeedbackOutcomes.FeelSafer | FeedbackOutcomes.Happier),
            .. FeedbackRows.Many(2, "T2", change: r => r.Outcomes = FeedbackOutcomes.Happier),
            .. FeedbackRows.Many(3, "T3"),
        ]);
        var officer = await SignedInClientAsync(factory, Roles.ParticipationOfficer);

        var page = await ReportAsync(officer, "district=T2&period=all");
        Assert.Equal(["[c]", ""], Cells(page, "outcomes", "Feel safer"));
        Assert.Equal(["20", "100%"], Cells(page, "outcomes", "Happier"));
        Assert.Equal(["0", "0%"], Cells(page, "outcomes", "More confident"));

        var tiny = await ReportAsync(officer, "district=T3&period=all");
        Assert.Equal("<5", Total(tiny));
        Assert.Equal("<5", Cells(tiny, "audience", "Young people")[0]);
        Assert.Equal("", Cells(tiny, "audience", "Young people")[1]);
    }

    [Fact]
    public async Task Each_filter_narrows_the_report()
    {
        var (serviceA, organisationA, slugA, serviceB, organisationB, _, categoryA) = await FeedbackRows.TwoServicesAsync(factory);
        var organisationSlugA = await OrganisationSlugAsync(organisationA);
        await FeedbackRows.AddAsync(factory,
        [
            .. FeedbackRows.Many(5, "T4", RespondentType.YoungPerson, r => { r.ServiceId = serviceA; r.OrganisationId = organisationA; r.AgeBand = "14-15"; r.Outcomes = FeedbackOutcomes.MoreConfident; }),
            .. FeedbackRows.Many(6, "T4", RespondentType.ParentCarer, r => { r.ServiceId = serviceB; r.OrganisationId = organisationB; r.AgeBand = "over-25"; r.IsDemo = true; }),
            .. FeedbackRows.Many(7, "T4", RespondentType.YoungPerson, r => { r.SubmittedAt = DateTime.UtcNow.AddMonths(-20); r.AgeBand = "16-17"; r.Themes = [new FeedbackResponseTheme { ThemeSlug = "times" }]; }),
        ]);
        var officer = await SignedInClientAsync(factory, Roles.ParticipationOfficer);

        Assert.Equal("18", Total(await ReportAsync(officer, "district=T4&period=all")));
        Assert.Equal("11", Total(await ReportAsync(officer, "district=T4")));
        Assert.Equal("11", Total(await ReportAsync(officer, "district=T4&period=3")));
        var longAgo = DateTime.UtcNow.AddMonths(-20);
        Assert.Equal("7", Total(await ReportAsync(officer, $"district=T4&period=custom&from={longAgo.AddDays(-3):yyyy-MM-dd}&to={longAgo.AddDays(3):yyyy-MM-dd}")));
        Assert.Equal("5", Total(await ReportAsync(officer, $"district=T4&period=all&service={slugA}")));
        Assert.Equal("5", Total(await ReportAsync(officer, $"district=T4&period=all&organisation={organisationSlugA}")));
        Assert.Equal("5", Total(await ReportAsync(officer, $"district=T4&period=all&category={categoryA}")));
        Assert.Equal("6", Total(await ReportAsync(officer, "district=T4&period=all&audience=ParentCarer")));
        Assert.Equal("5", Total(await ReportAsync(officer, "district=T4&period=all&age=14-15")));
        Assert.Equal("5", Total(await ReportAsync(officer, "district=T4&period=all&outcome=MoreConfident")));
        Assert.Equal("7", Total(await ReportAsync(officer, "district=T4&period=all&theme=times")));
        Assert.Equal("12", Total(await ReportAsync(officer, "district=T4&period=all&demo=exclude")));
        Assert.Equal("7", Cells(await ReportAsync(officer, "district=T4&period=all&theme=times"), "themes", "Opening times")[0]);
    }

    [Fact]
    public async Task A_town_covers_the_postcode_districts_nearest_to_it()
    {
        // Real districts, so the test keeps to a year no other feedback has.
        var longAgo = new DateTime(2001, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        await FeedbackRows.AddAsync(factory,
        [
            .. FeedbackRows.Many(7, "WA7", change: r => r.SubmittedAt = longAgo),
            .. FeedbackRows.Many(9, "WA8", change: r => r.SubmittedAt = longAgo),
        ]);
        var officer = await SignedInClientAsync(factory, Roles.ParticipationOfficer);
        const string period = "period=custom&from=2000-12-31&to=2001-01-02";

        var runcorn = await ReportAsync(officer, $"{period}&locality=runcorn");

        Assert.Equal("7", Total(runcorn));
        Assert.Contains("Runcorn (WA7)", runcorn.Document.QuerySelector("#locality")!.TextContent);
        Assert.Equal("9", Total(await ReportAsync(officer, $"{period}&locality=widnes")));
        Assert.Contains("Select a town from the list", (await ReportAsync(officer, $"{period}&locality=atlantis")).ErrorSummary);
    }

    [Fact]
    public async Task Quotes_need_consent_and_approval_and_are_shown_inert()
    {
        await FeedbackRows.AddAsync(factory,
        [
            FeedbackRows.Approved("T5", change: r => { r.Text = "Consented and approved <script>alert('x')</script>"; r.MayQuote = true; r.QuoteApproved = true; r.AgeBand = "11-13"; }),
            FeedbackRows.Approved("T5", change: r => { r.Text = "Consented but not approved words"; r.MayQuote = true; }),
            FeedbackRows.Approved("T5", change: r => { r.Text = "Approved without consent words"; r.QuoteApproved = true; }),
            FeedbackRows.Approved("T5", change: r => { r.Text = "Pending quotable words"; r.MayQuote = true; r.QuoteApproved = true; r.Status = FeedbackStatus.Pending; }),
        ]);
        var officer = await SignedInClientAsync(factory, Roles.ParticipationOfficer);

        var page = await ReportAsync(officer, "district=T5&period=all");

        var quotes = page.Document.QuerySelectorAll("#quotes blockquote").Select(q => q.TextContent).ToList();
        var quote = Assert.Single(quotes);
        Assert.Contains("Consented and approved <script>alert('x')</script>", quote);
        Assert.Contains("aged 11 to 13", quote);
        Assert.DoesNotContain("<script>alert", page.Html);
        Assert.DoesNotContain("not approved words", page.Html);
        Assert.DoesNotContain("without consent words", page.Html);
        Assert.DoesNotContain("Pending quotable", page.Html);
    }

    [Fact]
    public async Task The_printable_report_has_the_participation_report_sections_and_the_print_stylesheet()
    {
        await FeedbackRows.AddAsync(factory, FeedbackRows.Many(9, "T6", RespondentType.ParentCarer, r => r.Channel = FeedbackChannel.Event));
        var officer = await SignedInClientAsync(factory, Roles.ParticipationOfficer);

        var page = await ReadPageAsync(await officer.GetAsync("/editor/participation/print?district=T6&period=all"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Participation report", page.Heading);
        Assert.Equal("T6", page.SummaryValue("Area"));
        foreach (var section in new[] { "who-took-part", "what-they-said", "what-changed-chapter", "limits", "quotes" })
        {
            Assert.NotNull(page.Document.QuerySelector($"#{section}"));
        }

        Assert.Contains("Views represent participants only", page.Document.QuerySelector("#limits")!.TextContent);
        Assert.Equal("9", Cells(page, "channel", "Event")[0]);
        Assert.NotNull(page.Document.QuerySelector("link[href^='/participation-report.css']"));
        Assert.Null(page.Document.QuerySelector(".app-editor-nav"));
        Assert.Empty(page.Document.QuerySelectorAll("script:not([src])"));
        var css = await officer.GetStringAsync("/participation-report.css");
        Assert.Contains("@media print", css);
    }

    [Fact]
    public async Task A_bad_filter_gets_an_error_summary_and_the_rest_still_applies()
    {
        var officer = await SignedInClientAsync(factory, Roles.ParticipationOfficer);

        var page = await ReportAsync(officer, "period=custom&from=2026-13-45&to=2026-01-01&age=7-8&service=no-such-service");

        Assert.Contains("Date from must be a real date", page.ErrorSummary);
        Assert.Contains("Select an age band from the list", page.ErrorSummary);
        Assert.Contains("Select a service from the list", page.ErrorSummary);
        Assert.StartsWith("Error:", page.Document.Title);
        Assert.NotNull(page.Document.QuerySelector("#age-error"));
        Assert.Null(page.Document.QuerySelector("a[href^='/editor/participation/export.csv']"));
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync("/editor/participation/export.csv?age=7-8")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync("/editor/participation/print?age=7-8")).StatusCode);
    }

    [Theory]
    [InlineData("/editor/participation")]
    [InlineData("/editor/participation/print")]
    [InlineData("/editor/participation/export.csv")]
    [InlineData("/editor/participation/export.xlsx")]
    [InlineData("/editor/participation/responses.csv")]
    [InlineData("/editor/participation/responses.xlsx")]
    public async Task Only_participation_officers_and_administrators_may_see_reports(string url)
    {
        var anonymous = CreateClient(factory);
        var anonymousResponse = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymousResponse.StatusCode);
        Assert.StartsWith("/account/sign-in", RedirectTarget(anonymousResponse));

        foreach (var role in new[] { Roles.Editor, Roles.DirectoryManager })
        {
            var client = await SignedInClientAsync(factory, role);
            var denied = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("/account/access-denied", RedirectTarget(denied));
        }

        foreach (var role in new[] { Roles.ParticipationOfficer, Roles.Administrator })
        {
            var client = await SignedInClientAsync(factory, role);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }
    }

    private async Task<string> OrganisationSlugAsync(Guid id)
    {
        await using var store = new Editor.Scheduling.StoreScope(factory);
        return store.Db.Organisations.Single(o => o.Id == id).Slug;
    }
}
