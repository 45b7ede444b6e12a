using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Web.Tests.Editor.Services;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Features.OpenReferral.Api;

/// <summary>
/// Cached answers follow the change feed: a change published through the editor, a withdrawn organisation or
/// venue, or a service past its valid-to date shows in the feed as soon as this node has applied the change.
/// These tests change the store, so they have their own app.
/// </summary>
public sealed class OrukApiChangeTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    private readonly OrukApiClient api = new(factory.CreatePlainClient());

    [Fact]
    public async Task A_change_approved_in_the_editor_replaces_the_cached_answers()
    {
        var organisationId = await ServiceEditorStore.OrganisationIdAsync(factory, DefaultEditorOrganisation, trusted: false);
        var id = await ServiceEditorStore.CreateServiceAsync(factory, organisationId, ContentStatus.Published);
        var before = await WaitForAsync($"/services/{id}", s => s is not null, "the new service");
        var listed = await WaitForAsync($"/services?organization_id={organisationId}&per_page=200", p => Contains(p, id), "the new service in its organisation's list");
        Assert.DoesNotContain("Ocelot", before!.ToJsonString());

        // Asked twice so the answers are certainly cached before the change.
        await api.GetOkAsync($"/services/{id}");
        await api.GetOkAsync($"/services?organization_id={organisationId}&per_page=200");

        var editor = await SignedInClientAsync(factory, Roles.Editor, DefaultEditorOrganisation);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        await PostFormAsync(editor, $"/editor/services/{id}/edit", "form[data-service-form]", new Dictionary<string, string> { ["Summary"] = "Now about Ocelot tracking.", ["action"] = "submit" });
        Assert.DoesNotContain("Ocelot", (await api.GetOkAsync($"/services/{id}")).ToJsonString());

        var queue = await HtmlPage.GetAsync(manager, "/editor/review");
        var values = FormValues(queue.Document.QuerySelector($"#service-{id} form[action='/editor/review?handler=Approve']")!);
        var approved = await manager.PostAsync("/editor/review?handler=Approve", new FormUrlEncodedContent(values));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var after = await WaitForAsync($"/services/{id}", s => s?["summary"]?.ToString() == "Now about Ocelot tracking.", "the approved summary");
        await OrukSchemas.AssertValidAsync(OrukSchemas.Service, after!, "the changed service");
        await WaitForAsync($"/services?organization_id={organisationId}&per_page=200", p => p!["contents"]!.AsArray().Any(s => (string?)s!["summary"] == "Now about Ocelot tracking."), "the approved summary in the list");
    }

    [Fact]
    public async Task A_withdrawn_organisation_takes_its_services_out_and_a_withdrawn_venue_its_places()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var service = await db.Services.Include(s => s.Locations).Where(s => s.Status == ContentStatus.Published && s.Locations.Count > 0).OrderBy(s => s.Slug).FirstAsync();
        var venue = service.Locations.OrderBy(l => l.Slug).First();
        var place = Guid.Parse((string)(await WaitForAsync($"/services/{service.Id}", s => s is not null, "the service"))!["service_at_locations"]!
            .AsArray().Single(p => (string?)p!["location_id"] == venue.Id.ToString())!["id"]!);
        await api.GetOkAsync($"/service_at_locations/{place}");

        venue.Status = ContentStatus.Withdrawn;
        await db.SaveChangesAsync();
        await WaitForAsync($"/service_at_locations/{place}", s => s is null, "the place to go");
        var withoutVenue = await WaitForAsync($"/services/{service.Id}", s => s is not null && (s["service_at_locations"]?.AsArray().All(p => (string?)p!["location_id"] != venue.Id.ToString()) ?? true), "the venue to leave the service");
        Assert.DoesNotContain(venue.Id.ToString(), withoutVenue!.ToJsonString());
        venue.Status = ContentStatus.Published;
        await db.SaveChangesAsync();
        await WaitForAsync($"/service_at_locations/{place}", s => s is not null, "the place to come back");

        var organisation = await db.Organisations.SingleAsync(o => o.Id == service.OrganisationId);
        await api.GetOkAsync($"/organizations/{organisation.Id}");
        organisation.Status = ContentStatus.Withdrawn;
        await db.SaveChangesAsync();
        await WaitForAsync($"/services/{service.Id}", s => s is null, "the organisation's service to go");
        await WaitForAsync($"/organizations/{organisation.Id}", s => s is null, "the organisation to go");
        Assert.DoesNotContain(service.Id, await api.IdsAsync("/services"));
        organisation.Status = ContentStatus.Published;
        await db.SaveChangesAsync();
        await WaitForAsync($"/services/{service.Id}", s => s is not null, "the service to come back");
    }

    [Fact]
    public async Task Modified_after_and_valid_to_follow_the_store()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        var services = await db.Services.Where(s => s.Status == ContentStatus.Published && s.ValidTo == null).OrderBy(s => s.Slug).Skip(3).Take(2).ToListAsync();
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        await Task.Delay(1100);
        var changed = services[0];
        changed.Summary += " Changed for the modified_after test.";
        changed.LastModified = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync();
        var after = DateTimeOffset.UtcNow.AddMilliseconds(-500).ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
        var recent = await WaitForAsync($"/services?modified_after={Uri.EscapeDataString(after)}", p => Contains(p, changed.Id), "the changed service after its change");
        Assert.DoesNotContain(services[1].Id, Ids(recent));
        Assert.Contains(changed.Id, await api.IdsAsync($"/services?modified_after={Uri.EscapeDataString(since.ToString("O"))}"));

        var expiring = services[1];
        await api.GetOkAsync($"/services/{expiring.Id}");
        expiring.ValidTo = Store.Today.AddDays(-1);
        await db.SaveChangesAsync();
        await WaitForAsync($"/services/{expiring.Id}", s => s is null, "the service past its valid-to date to go");
    }

    [Fact]
    public async Task Answers_are_served_from_the_cache_until_the_change_feed_moves_on()
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        await WaitUntilFollowerCaughtUpAsync(db);
        var before = await api.IdsAsync("/organizations");

        // A new organisation writes no change-feed row (it has no services yet), so the cached list stays as it was.
        var added = new Organisation { Id = Guid.NewGuid(), Slug = "cache-test-trust", Name = "Cache Test Trust", Description = "Made for a cache test.", LastModified = DateTimeOffset.UtcNow };
        db.Organisations.Add(added);
        await db.SaveChangesAsync();
        Assert.Equal(before, await api.IdsAsync("/organizations"));

        var service = await db.Services.Where(s => s.Status == ContentStatus.Published).OrderBy(s => s.Slug).FirstAsync();
        service.LastModified = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync();
        await WaitForAsync("/organizations?per_page=200", p => Contains(p, added.Id), "the new organisation once the feed moved on");
    }

    private async Task WaitUntilFollowerCaughtUpAsync(Signpost.Data.SignpostDbContext db)
    {
        var holder = factory.Services.GetRequiredService<Signpost.Web.Features.Search.SearchIndexHolder>();
        var watch = Stopwatch.StartNew();
        var last = await db.ContentChanges.MaxAsync(c => (long?)c.Sequence) ?? 0;
        while (holder.LastSequence < last)
        {
            Assert.True(watch.Elapsed < Deadline, "The search index follower did not catch up");
            await Task.Delay(20);
        }
    }

    private static bool Contains(JsonNode? page, Guid id) => Ids(page).Contains(id);

    private static List<Guid> Ids(JsonNode? page) => page?["contents"]?.AsArray().Select(s => Guid.Parse((string)s!["id"]!)).ToList() ?? [];

    /// <summary>Polls until the answer (null for a 404) is what the test waits for; the feed is applied within a second, usually at once.</summary>
    private async Task<JsonNode?> WaitForAsync(string path, Func<JsonNode?, bool> done, string what)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var (status, body, _) = await api.GetAsync(path);
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path} gave {(int)status}");
            var answer = status == HttpStatusCode.OK ? body : null;
            if (done(answer))
            {
                return answer;
            }

            Assert.True(watch.Elapsed < Deadline, $"Waited {Deadline.TotalSeconds} s for {what} at {path}");
            await Task.Delay(50);
        }
    }
}
