using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Rules;
using Signpost.Web.Tests.Editor.Scheduling;
using Signpost.Web.Tests.Editor.Services;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Bulk;

/// <summary>/editor/services/export.csv: who gets which rows, CSV quoting, the formula guard and the audit entry.</summary>
public sealed class ServiceExportTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    private const string EditorOrganisation = "halton-youth-service";

    [Fact]
    public async Task A_manager_gets_every_listing_with_quoting_formula_guard_and_review_status()
    {
        var organisationId = await ServiceEditorStore.OrganisationIdAsync(factory, EditorOrganisation);
        var today = UkTime.Today(TimeProvider.System);
        var formula = await ServiceAsync(organisationId, "=HYPERLINK(\"http://evil.example\",\"Click\")", today.AddDays(-3));
        var minus = await ServiceAsync(organisationId, "-2 quotes \" and, commas", today.AddDays(10));
        var fine = await ServiceAsync(organisationId, "@ plain name", today.AddMonths(6));
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);

        var response = await manager.GetAsync("/editor/services/export.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'));
        Assert.Equal(["id", "name", "slug", "organisation", "status", "latest version state", "last modified", "last reviewed", "review by", "review status", "public url"], rows[0]);
        await using var store = new StoreScope(factory);
        Assert.Equal(await store.Db.Services.CountAsync(), rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(11, r.Count));

        var byId = rows.Skip(1).ToDictionary(r => Guid.Parse(r[0]));
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"Click\")", byId[formula][1]);
        Assert.Equal("overdue", byId[formula][9]);
        Assert.Equal("'-2 quotes \" and, commas", byId[minus][1]);
        Assert.Equal("due within 30 days", byId[minus][9]);
        Assert.Equal("'@ plain name", byId[fine][1]);
        Assert.Equal("ok", byId[fine][9]);
        Assert.Equal("published", byId[fine][4]);
        Assert.EndsWith($"/services/{byId[fine][2]}", byId[fine][10]);
        Assert.StartsWith("http", byId[fine][10]);
        Assert.Equal(today.AddMonths(6).ToString("yyyy-MM-dd"), byId[fine][8]);

        var audit = await store.Db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.Exported).OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal($"{rows.Count - 1} rows", audit.Detail);
        Assert.NotNull(audit.UserId);
    }

    [Fact]
    public async Task An_editor_gets_only_their_organisations_listings()
    {
        var editor = await SignedInClientAsync(factory, Roles.Editor, EditorOrganisation);
        await using var store = new StoreScope(factory);
        var organisation = await store.Db.Organisations.AsNoTracking().SingleAsync(o => o.Slug == EditorOrganisation);
        var expected = await store.Db.Services.AsNoTracking().Where(s => s.OrganisationId == organisation.Id).Select(s => s.Id).ToListAsync();

        var rows = CsvReader.Parse((await editor.GetStringAsync("/editor/services/export.csv")).TrimStart('\uFEFF')).Skip(1).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(organisation.Name, r[3]));
        Assert.Equal(expected.Order(), rows.Select(r => Guid.Parse(r[0])).Order());
    }

    [Fact]
    public async Task The_list_links_to_the_export_and_people_without_listings_work_cannot_export()
    {
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        Assert.Equal("/editor/services/export.csv", (await HtmlPage.GetAsync(manager, "/editor/services")).Document.GetElementById("export")!.GetAttribute("href"));

        var officer = await SignedInClientAsync(factory, Roles.ParticipationOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/editor/services/export.csv")).StatusCode);
        var anonymous = await factory.CreatePlainClient().GetAsync("/editor/services/export.csv");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", RedirectTarget(anonymous));
    }

    private async Task<Guid> ServiceAsync(Guid organisationId, string name, DateOnly reviewBy)
    {
        var id = await ServiceEditorStore.CreateServiceAsync(factory, organisationId, ContentStatus.Published);
        await using var store = new StoreScope(factory);
        var service = await store.Db.Services.SingleAsync(s => s.Id == id);
        service.Name = name;
        service.ReviewBy = reviewBy;
        await store.Db.SaveChangesAsync();
        return id;
    }
}
