using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Data;

namespace Signpost.E2E;

/// <summary>
/// axe finds no WCAG 2.2 A/AA violations on any back-office page, as a directory manager and as
/// an administrator (who passes two-factor with a code, as a person would), at 320 and 1280 px.
/// Pages are collected first and failures reported together, so one run shows every problem.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class BackOfficeAccessibilityScanTests(SiteFixture site, BrowserFixture browser)
{
    // An organisation no other journey edits, so the item in the review queue is ours alone.
    private const string Organisation = "halton-family-hubs";

    private static readonly int[] Widths = [BrowserFixture.NarrowWidth, BrowserFixture.WideWidth];

    // Pages of the organisations, locations and pages editors: scanned when they exist.
    private static readonly string[] OptionalPaths = ["/editor/organisations", "/editor/locations", "/editor/pages", "/editor/pages/new"];

    [Fact]
    public async Task Sign_in_page_has_no_violations_at_any_width()
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth);
        var page = await context.NewPageAsync();
        var failures = new StringBuilder();

        await ScanAsync(page, "/account/sign-in", failures);

        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Fact]
    public async Task Directory_manager_pages_have_no_violations()
    {
        var serviceId = await ServiceWaitingForReviewAsync();
        var manager = await BackOffice.CreateUserAsync(site, Roles.DirectoryManager);

        var failures = await ScanAllAsync(manager, await PathsAsync(serviceId, administrator: false));

        Assert.True(failures.Length == 0, failures.ToString());
    }

    [Fact]
    public async Task Administrator_pages_have_no_violations()
    {
        var serviceId = await ServiceWaitingForReviewAsync();
        var administrator = await BackOffice.CreateUserAsync(site, Roles.Administrator);

        var failures = await ScanAllAsync(administrator, await PathsAsync(serviceId, administrator: true));

        Assert.True(failures.Length == 0, failures.ToString());
    }

    private async Task<StringBuilder> ScanAllAsync(BackOfficeUser user, IReadOnlyList<string> paths)
    {
        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth);
        var page = await context.NewPageAsync();
        await BackOffice.SignInAsync(page, site, user);
        var failures = new StringBuilder();
        foreach (var path in paths)
        {
            await ScanAsync(page, path, failures);
        }

        foreach (var path in OptionalPaths)
        {
            var probe = await context.APIRequest.GetAsync(site.Url(path), new() { MaxRedirects = 0 });
            if (probe.Status == 200)
            {
                await ScanAsync(page, path, failures);
            }
        }

        return failures;
    }

    private async Task ScanAsync(IPage page, string path, StringBuilder failures)
    {
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, BrowserFixture.ViewportHeight);
            var response = await page.GotoAsync(site.Url(path));
            if (response?.Status != 200)
            {
                failures.AppendLine($"{path} answered {response?.Status} at {width}px ({page.Url}).");
                continue;
            }

            var violations = await AxeScanner.ScanAsync(page);
            if (violations.Count > 0)
            {
                failures.AppendLine(AxeScanner.Describe(violations, $"{path} at {width}px"));
            }
        }
    }

    /// <summary>An imported term with its feed, as an import leaves one, so the mapping pages have something to show.</summary>
    private static async Task<Guid> ImportedTermAsync(SignpostDbContext db)
    {
        if (await db.TaxonomyTerms.AsNoTracking().Where(t => t.Kind == TaxonomyKind.Imported).Select(t => (Guid?)t.Id).FirstOrDefaultAsync() is { } id)
        {
            return id;
        }

        var term = new TaxonomyTerm { Id = Guid.NewGuid(), Kind = TaxonomyKind.Imported, Slug = "e2e-imported-tag", Name = "E2E imported tag" };
        db.TaxonomyTerms.Add(term);
        db.ImportedTermOrigins.Add(new ImportedTermOrigin { TermId = term.Id, Source = "e2e-feed", Taxonomy = "E2E tags" });
        await db.SaveChangesAsync();
        return term.Id;
    }

    private async Task<IReadOnlyList<string>> PathsAsync(Guid serviceId, bool administrator)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
        var version = await db.ContentVersions.AsNoTracking().Where(v => v.ContentId == serviceId).MaxAsync(v => v.Number);
        var term = await db.TaxonomyTerms.AsNoTracking().OrderBy(t => t.Slug).Select(t => t.Id).FirstAsync();
        var synonyms = await db.SynonymGroups.AsNoTracking().Select(g => g.Id).FirstAsync();
        var imported = await ImportedTermAsync(db);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Slug == Organisation).Select(o => o.Id).FirstAsync();
        var venue = await db.Services.AsNoTracking().Where(s => s.Id == serviceId).SelectMany(s => s.Locations).Select(l => (Guid?)l.Id).FirstOrDefaultAsync()
            ?? await db.Locations.AsNoTracking().OrderBy(l => l.Slug).Select(l => l.Id).FirstAsync();
        var paths = new List<string>
        {
            "/editor",
            "/editor/services",
            $"/editor/services/{serviceId}/edit",
            $"/editor/services/{serviceId}/history",
            $"/editor/services/{serviceId}/versions/{version}",
            $"/editor/services/{serviceId}/preview",
            $"/editor/organisations/{organisation}/preview",
            $"/editor/locations/{venue}/preview",
            "/editor/review",
            "/editor/taxonomy",
            $"/editor/taxonomy/{term}",
            "/editor/taxonomy/imported?show=all",
            $"/editor/taxonomy/imported/{imported}",
            "/editor/synonyms",
            $"/editor/synonyms/{synonyms}",
            "/editor/synonyms/add",
            "/account",
            "/account/two-factor",
            "/account/change-password",
        };
        if (administrator)
        {
            var user = await db.Users.AsNoTracking().OrderBy(u => u.Email).Select(u => u.Id).FirstAsync();
            paths.AddRange(["/editor/users", "/editor/users/invite", $"/editor/users/{user}", "/editor/audit", "/editor/audit?action=sign-in"]);
        }

        return paths;
    }

    /// <summary>An editor of <see cref="Organisation"/> sends a change for review through the UI, so the queue has an item with a diff.</summary>
    private async Task<Guid> ServiceWaitingForReviewAsync()
    {
        Guid serviceId;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
            serviceId = await db.Services.AsNoTracking()
                .Where(s => s.Organisation.Slug == Organisation && s.Status == ContentStatus.Published && s.ValidTo == null)
                .OrderBy(s => s.Slug).Select(s => s.Id).FirstAsync();
            if (await db.ContentVersions.AnyAsync(v => v.ContentId == serviceId && v.State == Core.Editorial.VersionState.InReview))
            {
                return serviceId;
            }
        }

        var editor = await BackOffice.CreateUserAsync(site, Roles.Editor, Organisation);
        await using var context = await browser.NewContextAsync(BrowserFixture.WideWidth);
        var page = await context.NewPageAsync();
        await BackOffice.SignInAsync(page, site, editor);
        await page.GotoAsync(site.Url($"/editor/services/{serviceId}/edit"));
        var description = page.GetByLabel("Description", new() { Exact = true });
        await description.FillAsync(await description.InputValueAsync() + "\n\nNew: a **Saturday** session for dads.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and submit for review" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Sent for review")).ToBeVisibleAsync();
        return serviceId;
    }
}
