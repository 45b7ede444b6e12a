using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Editorial;
using Signpost.Web.Tests.Editor.Services;
using Signpost.Web.Tests.Search;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Locations;

/// <summary>The venues workflow through HTTP. These tests change the store, so they have their own app.</summary>
public sealed class LocationJourneyTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    private const string Untrusted = "halton-speak-out";
    private static readonly TimeSpan SearchDeadline = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Empty_coordinates_come_from_the_postcode_and_bad_postcodes_get_clear_messages()
    {
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var fields = new Dictionary<string, string> { ["Name"] = "Wombat Hall", ["Address"] = "2 Kingsway", ["Town"] = "Widnes", ["Latitude"] = "", ["Longitude"] = "" };

        var malformed = await PostFormForPageAsync(manager, "/editor/locations/new", "form[data-location-form]", With(fields, "Postcode", "NOT A POSTCODE"));
        Assert.Contains("Enter a full postcode, like WA8 7QE", malformed.Document.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal("NOT A POSTCODE", malformed.Document.GetElementById("Postcode")!.GetAttribute("value"));
        var unknown = await PostFormForPageAsync(manager, "/editor/locations/new", "form[data-location-form]", With(fields, "Postcode", "WA8 9ZZ"));
        Assert.Contains("We cannot find the postcode WA8 9ZZ", unknown.Document.QuerySelector(".govuk-error-summary")!.TextContent);
        var badPoint = await PostFormForPageAsync(manager, "/editor/locations/new", "form[data-location-form]", With(With(fields, "Postcode", "WA8 9ZZ"), "Latitude", "north"));
        Assert.Contains("Latitude must be a number", badPoint.Document.QuerySelector(".govuk-error-summary")!.TextContent);

        var created = await PostFormAsync(manager, "/editor/locations/new", "form[data-location-form]", With(With(fields, "Postcode", "wa87qf"), "Accessibility", "step-free-access"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var (location, versions) = await LocationEditorStore.ReadAsync(factory, ServiceEditorStore.IdFromLocation(created));
        Assert.Equal("WA8 7QF", location!.Postcode);
        Assert.Equal(53.3627, location.Latitude, 4);
        Assert.Equal(-2.7352, location.Longitude, 4);
        Assert.Equal(["step-free-access"], location.Accessibility);
        Assert.Equal(VersionState.Draft, Assert.Single(versions).State);
    }

    [Fact]
    public async Task An_editors_move_of_their_venue_is_reviewed_then_search_distances_follow()
    {
        var organisationId = await ServiceEditorStore.OrganisationIdAsync(factory, Untrusted, trusted: false);
        var venue = await LocationEditorStore.CreateAsync(factory, organisationId);
        var serviceSlug = await ServiceAtAsync(venue.Id);
        var editor = await SignedInClientAsync(factory, Roles.Editor, Untrusted);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var query = $"q={Uri.EscapeDataString(serviceSlug.Replace('-', ' '))}&postcode=WA8+7QE&radius=25";
        var before = await DistanceAsync(query, serviceSlug, d => d is < 0.5);

        var submitted = await PostFormAsync(editor, $"/editor/locations/{venue.Id}/edit", "form[data-location-form]", new Dictionary<string, string>
        {
            ["Latitude"] = "53.2800",
            ["Longitude"] = "-2.8950",
            ["Transport"] = "Bus 1 stops outside.",
            ["action"] = "submit",
        });
        Assert.Equal($"/editor/locations/{venue.Id}/edit?done=submitted", RedirectTarget(submitted));
        Assert.Equal(53.3631, (await LocationEditorStore.ReadAsync(factory, venue.Id)).Location!.Latitude, 4);

        var waiting = await HtmlPage.GetAsync(manager, "/editor/locations?state=in-review");
        Assert.NotNull(waiting.Document.GetElementById($"location-{venue.Id}"));
        var approved = await PostFormAsync(manager, $"/editor/locations/{venue.Id}/versions/2", "#approve", new Dictionary<string, string>());
        Assert.Equal("/editor/locations?state=in-review&done=approved", RedirectTarget(approved));

        var after = await DistanceAsync(query, serviceSlug, d => d is > 5);
        Assert.True(after > before);
        var page = await HtmlPage.GetAsync(factory.CreatePlainClient(), $"/services/{serviceSlug}");
        Assert.Contains("Bus 1 stops outside.", page.Main.TextContent);
        await AssertAuditedAsync($"location:{venue.Slug}", AuditActions.Saved, AuditActions.Submitted, AuditActions.Approved, AuditActions.Published);
    }

    [Fact]
    public async Task An_editor_sees_and_changes_only_venues_their_organisation_alone_uses_and_may_create_new_ones_for_review()
    {
        var own = await ServiceEditorStore.OrganisationIdAsync(factory, Untrusted, trusted: false);
        var other = await ServiceEditorStore.OrganisationIdAsync(factory, "barnardos-halton");
        var mine = await LocationEditorStore.CreateAsync(factory, own, own);
        var shared = await LocationEditorStore.CreateAsync(factory, own, other);
        var unused = await LocationEditorStore.CreateAsync(factory);
        var editor = await SignedInClientAsync(factory, Roles.Editor, Untrusted);

        var list = await HtmlPage.GetAsync(editor, "/editor/locations?q=test+venue");
        Assert.NotNull(list.Document.GetElementById($"location-{mine.Id}"));
        Assert.Null(list.Document.GetElementById($"location-{shared.Id}"));
        Assert.Null(list.Document.GetElementById($"location-{unused.Id}"));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/editor/locations/{mine.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/editor/locations/{shared.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/editor/locations/{unused.Id}/edit")).StatusCode);
        Assert.Null((await HtmlPage.GetAsync(editor, $"/editor/locations/{mine.Id}/edit")).Document.QuerySelector("button[value=publish]"));

        var created = await PostFormAsync(editor, "/editor/locations/new", "form[data-location-form]", new Dictionary<string, string>
        {
            ["Name"] = "Numbat Scout Hut",
            ["Postcode"] = "WA8 7QQ",
            ["action"] = "submit",
        });
        var id = ServiceEditorStore.IdFromLocation(created);
        Assert.Equal($"/editor/locations/{id}/edit?done=submitted", RedirectTarget(created));
        var (_, versions) = await LocationEditorStore.ReadAsync(factory, id);
        Assert.Equal(VersionState.InReview, Assert.Single(versions).State);
        Assert.Equal(own, versions[0].OrganisationId);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/editor/locations/{id}/edit")).StatusCode);
        var others = await SignedInClientAsync(factory, Roles.Editor, "barnardos-halton");
        Assert.Equal(HttpStatusCode.Forbidden, (await others.GetAsync($"/editor/locations/{id}/edit")).StatusCode);
    }

    [Fact]
    public async Task The_second_of_two_saves_on_the_same_version_gets_a_conflict_with_its_input_kept()
    {
        var venue = await LocationEditorStore.CreateAsync(factory);
        var first = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var second = await SignedInClientAsync(factory, Roles.Administrator);
        var token = await ServiceEditorStore.AntiforgeryTokenAsync(second);

        await PostFormAsync(first, $"/editor/locations/{venue.Id}/edit", "form[data-location-form]", new Dictionary<string, string> { ["Transport"] = "Train to Widnes.", ["action"] = "save" });
        var conflict = await ReadPageAsync(await ServiceEditorStore.PostAsync(second, $"/editor/locations/{venue.Id}/edit", token,
            [new("Name", venue.Name), new("Postcode", venue.Postcode), new("Transport", "Bus 62."), new("BaseVersion", "1"), new("action", "save")]));

        Assert.NotNull(conflict.Document.GetElementById("conflict"));
        Assert.Equal("Bus 62.", conflict.Document.GetElementById("Transport")!.TextContent);
        Assert.Equal(2, (await LocationEditorStore.ReadAsync(factory, venue.Id)).Versions.Count);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var venue = await LocationEditorStore.CreateAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var before = await LocationEditorStore.StateOfAsync(factory, venue.Id);

        var forged = await ServiceEditorStore.PostAsync(manager, $"/editor/locations/{venue.Id}/edit", null,
            [new("Name", "Forged"), new("Postcode", "WA8 7QE"), new("BaseVersion", "1"), new("action", "publish")]);
        var created = await ServiceEditorStore.PostAsync(manager, "/editor/locations/new", null, [new("Name", "Forged venue"), new("Postcode", "WA8 7QE")]);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Equal(before, await LocationEditorStore.StateOfAsync(factory, venue.Id));
    }

    private static Dictionary<string, string> With(Dictionary<string, string> fields, string name, string value) => new(fields) { [name] = value };

    private async Task<string> ServiceAtAsync(Guid locationId)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        return await db.Services.AsNoTracking().Where(s => s.Locations.Any(l => l.Id == locationId)).Select(s => s.Slug).FirstAsync();
    }

    /// <summary>The service's distance in search once <paramref name="done"/> holds, waiting up to the deadline for the index to follow the store.</summary>
    private async Task<double> DistanceAsync(string query, string slug, Func<double?, bool> done)
    {
        var api = new SearchApiClient(factory.CreatePlainClient());
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var response = await api.SearchAsync(query);
            var distance = response.Results.FirstOrDefault(r => r.Slug == slug)?.DistanceMiles;
            if (done(distance))
            {
                return distance!.Value;
            }

            Assert.True(watch.Elapsed < SearchDeadline, $"Waited {SearchDeadline.TotalSeconds} s for {slug}'s distance; {query} gives {response.Describe()}");
            await Task.Delay(50);
        }
    }

    private async Task AssertAuditedAsync(string target, params string[] actions)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var recorded = await db.AuditLog.AsNoTracking().Where(e => e.Target == target).Select(e => e.Action).ToListAsync();
        Assert.All(actions, action => Assert.Contains(action, recorded));
    }
}
