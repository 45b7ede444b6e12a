using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Content;
using Signpost.Core.Rules;
using Signpost.Web.Tests.Editor.Organisations;
using static Signpost.Web.Tests.Editor.EditorAccounts;
using static Signpost.Web.Tests.Editor.WithdrawChecks;

namespace Signpost.Web.Tests.Editor.Locations;

/// <summary>Withdrawing and restoring a venue through HTTP, and what service pages and place search show. These tests change the store, so they have their own app.</summary>
public sealed class LocationWithdrawTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    private static readonly ServiceSchedule Session = new() { Day = DayOfWeek.Tuesday, Opens = new TimeOnly(16, 0), Closes = new TimeOnly(18, 30) };

    [Fact]
    public async Task A_manager_withdraws_a_venue_so_service_pages_and_place_search_drop_it_but_keep_the_service_then_restores_it()
    {
        var organisation = await OrganisationEditorStore.CreateAsync(factory, trusted: true);
        var venue = await LocationEditorStore.CreateAsync(factory, organisation.Id);
        var (serviceId, slug) = await AddSessionAtAsync(venue.Id);
        var query = $"q={Uri.EscapeDataString(slug.Replace('-', ' '))}&postcode=WA8+7QE&radius=25";
        var edit = $"/editor/locations/{venue.Id}/edit";
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var site = factory.CreatePlainClient();
        await SearchUntilAsync(factory, query, r => r.Results.Any(x => x.Slug == slug && x.DistanceMiles < 0.5), $"{slug} near its venue");
        Assert.Contains(venue.Name, (await HtmlPage.GetAsync(site, $"/services/{slug}")).Main.TextContent);

        await WithdrawAsync(manager, edit, "every service page, map and place search");

        Assert.Equal(ContentStatus.Withdrawn, (await LocationEditorStore.ReadAsync(factory, venue.Id)).Location!.Status);
        var service = await HtmlPage.GetAsync(site, $"/services/{slug}");
        Assert.Equal(HttpStatusCode.OK, service.Status);
        Assert.DoesNotContain(venue.Name, service.Main.TextContent);
        Assert.DoesNotContain(venue.Name, service.Document.QuerySelector("script[type='application/ld+json']")?.TextContent ?? "");
        Assert.Contains(ScheduleInWords.WeeklyPattern([Session])[0], service.Main.TextContent);
        await SearchUntilAsync(factory, query, r => r.Results.All(x => x.Slug != slug || x.DistanceMiles is null), $"{slug} to lose its venue's distance");
        await AssertShownWithdrawnAsync(manager, edit, $"/editor/locations?q={Uri.EscapeDataString(venue.Name)}", $"location-{venue.Id}");
        var form = await HtmlPage.GetAsync(manager, $"/editor/services/{serviceId}/edit");
        Assert.Contains($"{venue.Name}, {venue.FullAddress} (withdrawn)", HtmlPage.Normalise(form.Main.TextContent));

        await RestoreAsync(manager, edit);
        Assert.Contains(venue.Name, (await HtmlPage.GetAsync(site, $"/services/{slug}")).Main.TextContent);
        await SearchUntilAsync(factory, query, r => r.Results.Any(x => x.Slug == slug && x.DistanceMiles < 0.5), $"{slug} near its venue again");
        await AssertAuditedAsync(factory, $"location:{venue.Slug}", AuditActions.Withdrawn, AuditActions.Restored);
    }

    [Fact]
    public async Task The_editor_of_the_only_organisation_using_it_and_a_participation_officer_may_not_withdraw_it()
    {
        var organisation = await OrganisationEditorStore.CreateAsync(factory, trusted: true);
        var venue = await LocationEditorStore.CreateAsync(factory, organisation.Id);
        var edit = $"/editor/locations/{venue.Id}/edit";
        var before = await LocationEditorStore.StateOfAsync(factory, venue.Id);

        await AssertRefusedAsync(edit, "Withdraw", await SignedInClientAsync(factory, Roles.Editor, organisation.Slug), await SignedInClientAsync(factory, Roles.ParticipationOfficer));

        Assert.Equal(ContentStatus.Published, (await LocationEditorStore.ReadAsync(factory, venue.Id)).Location!.Status);
        Assert.Equal(before, await LocationEditorStore.StateOfAsync(factory, venue.Id));
        Assert.DoesNotContain(AuditActions.Withdrawn, await AuditedAsync(factory, $"location:{venue.Slug}"));
    }

    /// <summary>Gives the venue's service a weekly session held there, and returns the service.</summary>
    private async Task<(Guid Id, string Slug)> AddSessionAtAsync(Guid locationId)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var service = await db.Services.Where(s => s.Locations.Any(l => l.Id == locationId)).FirstAsync();
        db.ServiceSchedules.Add(new ServiceSchedule { ServiceId = service.Id, Day = Session.Day, Opens = Session.Opens, Closes = Session.Closes, LocationId = locationId });
        await db.SaveChangesAsync();
        return (service.Id, service.Slug);
    }
}
