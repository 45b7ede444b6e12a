using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.ChangeFeed;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using Signpost.Data.OpenReferralImport;

namespace Signpost.Data.Tests.OpenReferralImport;

public sealed class OpenReferralImporterTests
{
    [Fact]
    public async Task The_oruk3_full_service_example_imports_with_its_organisation_venue_schedule_and_terms()
    {
        using var store = await SqliteStore.MigratedAsync();

        var report = await ImportStore.ImportAsync(store, OrukFiles.Example("service_full.json"));

        Assert.Null(report.Failure);
        Assert.Equal(FeedFormat.Oruk3, report.Format);
        Assert.Equal((1, 0, 0), (report.Created, report.Skipped, report.Repeated));
        await using var db = store.NewContext();
        var service = await db.Services.Include(s => s.Organisation).Include(s => s.Locations).Include(s => s.Schedules).Include(s => s.Terms).SingleAsync();
        Assert.Equal("Community Counselling", service.Name);
        Assert.Equal(ContentStatus.Published, service.Status);
        Assert.Equal((12, 100), (service.MinimumAge, service.MaximumAge));
        Assert.Equal("Example Organization Inc.", service.Organisation.Name);
        Assert.Equal("email@example.com", service.Contact.Email);
        Assert.Equal("http://example.com/counselling", service.Contact.Website);
        Assert.False(service.IsFree);
        Assert.Contains("£35 per 1 hour session (Under 18s and Over 60s)", service.CostDetails);
        Assert.Equal("MyCity Civic Center", Assert.Single(service.Locations).Name);
        Assert.Equal([DayOfWeek.Thursday, DayOfWeek.Friday], service.Schedules.Select(s => s.Day).Order().ToList());
        Assert.All(service.Schedules, s => Assert.Equal((new TimeOnly(10, 0), (TimeOnly?)new TimeOnly(18, 0)), (s.Opens, s.Closes)));
        var term = Assert.Single(service.Terms);
        Assert.Equal(TaxonomyKind.Imported, term.Kind);

        // The example's venue is at latitude 100 with a US postcode: imported, with the reasons said.
        var warnings = Assert.Single(report.Records).Warnings;
        Assert.Contains(warnings, w => w.Contains("not in the UK"));
        Assert.Contains(warnings, w => w.Contains("not a UK postcode"));

        var version = await db.ContentVersions.SingleAsync(v => v.Kind == ContentKind.Service);
        Assert.Equal((1, VersionState.Published, service.Id), (version.Number, version.State, version.ContentId));
        Assert.Contains(await db.AuditLog.ToListAsync(), a => a.Action == AuditActions.Published && a.Target == $"service:{service.Slug}");
        Assert.Contains(await db.ContentChanges.ToListAsync(), c => c.Kind == ContentChangeKind.Service && c.EntityId == service.Id);
        Assert.Equal(3, await db.ImportLinks.CountAsync());
    }

    [Fact]
    public async Task Importing_the_same_feed_again_changes_nothing()
    {
        using var store = await SqliteStore.MigratedAsync();
        var first = await ImportStore.ImportAsync(store, OrukFiles.Fixture("oruk1-council-summary.json"));
        var before = await ImportStore.StateAsync(store);

        var second = await ImportStore.ImportAsync(store, OrukFiles.Fixture("oruk1-council-summary.json"));

        Assert.Equal(3, first.Created);
        Assert.Equal((0, 0, 3, 1), (second.Created, second.Updated, second.Unchanged, second.Skipped));
        Assert.Equal(before, await ImportStore.StateAsync(store));
    }

    [Fact]
    public async Task A_changed_record_updates_its_service_as_a_new_published_version()
    {
        using var store = await SqliteStore.MigratedAsync();
        using var folder = new TempFolder();
        var original = await File.ReadAllTextAsync(OrukFiles.Fixture("oruk1-council-summary.json"));
        folder.Write("feed.json", original);
        await ImportStore.ImportAsync(store, folder.File("feed.json"));

        folder.Write("feed.json", original.Replace("Parenting helpline", "Parenting advice line"));
        var report = await ImportStore.ImportAsync(store, folder.File("feed.json"));

        Assert.Equal((1, 2), (report.Updated, report.Unchanged));
        await using var db = store.NewContext();
        var service = await db.Services.SingleAsync(s => s.Name == "Parenting advice line");
        var versions = await db.ContentVersions.Where(v => v.ContentId == service.Id).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal([(1, VersionState.Superseded), (2, VersionState.Published)], versions.Select(v => (v.Number, v.State)));
        Assert.Equal(1, await db.Services.CountAsync(s => s.Name.StartsWith("Parenting")));
    }

    [Fact]
    public async Task An_oruk1_council_feed_is_cleaned_up_on_the_way_in()
    {
        using var store = await SqliteStore.MigratedAsync();
        await using (var arrange = store.NewContext())
        {
            arrange.TaxonomyTerms.Add(new TaxonomyTerm { Id = Guid.NewGuid(), Kind = TaxonomyKind.Category, Slug = "youth-clubs", Name = "Youth clubs" });
            await arrange.SaveChangesAsync();
        }

        var report = await ImportStore.ImportAsync(store, OrukFiles.Fixture("oruk1-council-summary.json"));

        Assert.Equal(FeedFormat.Oruk1, report.Format);
        Assert.Equal((3, 1), (report.Created, report.Skipped));
        var skipped = Assert.Single(report.Records, r => r.Outcome == ImportOutcome.Skipped);
        Assert.Equal(("1003", "it has no name"), (skipped.SourceId, skipped.Reason));

        await using var db = store.NewContext();
        var dropIn = await db.Services.Include(s => s.Terms).Include(s => s.Locations).Include(s => s.Schedules).Include(s => s.Organisation).SingleAsync(s => s.Name == "Widnes Youth Drop-in");
        Assert.Equal("A friendly **drop-in** for young people aged 11–19.\n\nActivities include:\n\n- Pool & table tennis\n- Cooking\n\nMore at [our website](https://example.org/drop-in).", dropIn.Description);
        Assert.Equal("A friendly drop-in for young people aged 11–19.", dropIn.Summary);
        Assert.Equal((11, 19), (dropIn.MinimumAge, dropIn.MaximumAge));
        Assert.True(dropIn.IsFree);
        Assert.Equal(["English", "Polish"], dropIn.Languages);
        Assert.Equal(("0151 555 0101", "https://www.example.org/drop-in"), (dropIn.Contact.Phone, dropIn.Contact.Website));
        Assert.Equal(OrganisationType.Council, dropIn.Organisation.Type);
        Assert.Equal("The council & its partners", dropIn.Organisation.Description);

        // "Youth clubs " and "youth clubs" are our category; "Street Dance" and "STREET  DANCE" one new imported term.
        Assert.Equal(["Category:youth-clubs", "Imported:street-dance"], dropIn.Terms.Select(t => $"{t.Kind}:{t.Slug}").Order());
        var venue = Assert.Single(dropIn.Locations);
        Assert.Equal(("WA8 7QE", "Widnes"), (venue.Postcode, venue.Town));
        Assert.Equal(["accessible-toilet", "step-free-access"], venue.Accessibility);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday], dropIn.Schedules.Select(s => s.Day).Order());

        // Missing ages and locations: all ages, the whole area.
        var helpline = await db.Services.Include(s => s.Locations).SingleAsync(s => s.Name == "Parenting helpline");
        Assert.Equal(((int?)null, (int?)null, ServiceAreaType.WholeArea), (helpline.MinimumAge, helpline.MaximumAge, helpline.AreaType));
        Assert.Empty(helpline.Locations);
        Assert.Equal("Call us for advice — any time.  \nNo appointment needed.", helpline.Description);
        Assert.Contains(report.Records, r => r.SourceId == "1002" && r.Warnings.Any(w => w.Contains("whole area")));

        // A shared venue is one row; a wrong-typed email and back-to-front ages are reported, not thrown.
        Assert.Equal(1, await db.Locations.CountAsync());
        var massage = Assert.Single(report.Records, r => r.SourceId == "1004");
        Assert.Equal(ImportOutcome.Created, massage.Outcome);
        Assert.Contains(massage.Warnings, w => w.Contains("email should be text"));
        Assert.Contains(massage.Warnings, w => w.Contains("wrong way round"));
        Assert.Equal(2, await db.Organisations.CountAsync());
    }

    [Fact]
    public async Task A_spring_page_of_oruk1_records_imports_its_content()
    {
        using var store = await SqliteStore.MigratedAsync();

        var report = await ImportStore.ImportAsync(store, OrukFiles.Fixture("oruk1-spring-page.json"));

        Assert.Equal((FeedFormat.Oruk1, 2), (report.Format, report.Created));
        await using var db = store.NewContext();
        var stay = await db.Services.SingleAsync(s => s.Name == "Stay and play");
        Assert.Equal(("**Stay & play** sessions for under 5s and their carers.", ServiceAreaType.Localities), (stay.Description, stay.AreaType));
        Assert.Equal(["Runcorn"], stay.Localities);
        Assert.True((await db.Services.SingleAsync(s => s.Name == "Family information line")).IsFree);
    }

    [Fact]
    public async Task The_validator_test_feed_passes_and_its_repeated_records_count_once()
    {
        using var store = await SqliteStore.MigratedAsync();

        var report = await ImportStore.ImportAsync(store, OrukFiles.ValidatorFeed("V3.0-UK-Test"));

        Assert.Null(report.Failure);
        Assert.Equal(0, report.Skipped);
        Assert.Equal(1, report.Created);
        Assert.Equal(report.Read - 1, report.Repeated);
        await using var db = store.NewContext();
        Assert.Equal(1, await db.Services.CountAsync());
    }

    [Fact]
    public async Task The_validator_warn_feed_imports_with_warnings()
    {
        using var store = await SqliteStore.MigratedAsync();

        var report = await ImportStore.ImportAsync(store, OrukFiles.ValidatorFeed("V3.0-UK-Warn"));

        Assert.Equal((1, 0), (report.Created, report.Skipped));
        Assert.True(report.HasWarnings);
    }

    [Fact]
    public async Task The_validator_fail_feed_reports_each_bad_record_without_throwing()
    {
        using var store = await SqliteStore.MigratedAsync();

        var report = await ImportStore.ImportAsync(store, OrukFiles.ValidatorFeed("V3.0-UK-Fail"));

        Assert.Null(report.Failure);
        var skipped = report.Records.Where(r => r.Outcome == ImportOutcome.Skipped).ToList();
        Assert.Equal(4, skipped.Count);
        Assert.All(skipped, r => Assert.Equal("it has no name", r.Reason));
        Assert.Equal([2, 3, 4, 5], skipped.Select(r => r.Position));
    }

    [Fact]
    public async Task The_csv_example_imports_with_its_side_tables()
    {
        using var store = await SqliteStore.MigratedAsync();

        var report = await ImportStore.ImportAsync(store, OrukFiles.Example("csv"));

        Assert.Equal((FeedFormat.Csv, 1, 0), (report.Format, report.Created, report.Skipped));
        await using var db = store.NewContext();
        var service = await db.Services.Include(s => s.Locations).Include(s => s.Schedules).Include(s => s.Organisation).SingleAsync();
        Assert.Equal(("Community Counselling", "Example Organization Inc."), (service.Name, service.Organisation.Name));
        Assert.Equal("+44 1234 234567", service.Contact.Phone);
        Assert.Equal("Ann Persona", service.Contact.Name);
        Assert.Equal("MyCity Civic Center", Assert.Single(service.Locations).Name);
        Assert.Equal([DayOfWeek.Thursday, DayOfWeek.Friday], service.Schedules.Select(s => s.Day).OrderBy(d => ((int)d + 6) % 7));
    }

    [Fact]
    public async Task A_dry_run_reports_but_saves_nothing()
    {
        using var store = await SqliteStore.MigratedAsync();
        var before = await ImportStore.StateAsync(store);

        var report = await ImportStore.ImportAsync(store, OrukFiles.Fixture("oruk1-council-summary.json"), new ImportOptions("test-feed", DryRun: true));

        Assert.Equal(3, report.Created);
        Assert.Equal(before, await ImportStore.StateAsync(store));
    }

    [Fact]
    public async Task Drafts_wait_for_review_and_stay_off_the_public_site()
    {
        using var store = await SqliteStore.MigratedAsync();

        await ImportStore.ImportAsync(store, OrukFiles.Fixture("oruk1-spring-page.json"), new ImportOptions("test-feed", AsDrafts: true));
        var again = await ImportStore.ImportAsync(store, OrukFiles.Fixture("oruk1-spring-page.json"), new ImportOptions("test-feed", AsDrafts: true));

        await using var db = store.NewContext();
        Assert.All(await db.Services.ToListAsync(), s => Assert.Equal(ContentStatus.Draft, s.Status));
        Assert.All(await db.ContentVersions.Where(v => v.Kind == ContentKind.Service).ToListAsync(), v => Assert.Equal(VersionState.Draft, v.State));
        Assert.Equal(2, again.Unchanged);
    }

    [Fact]
    public async Task Services_can_be_put_under_one_of_our_organisations()
    {
        using var store = await SqliteStore.MigratedAsync();
        var ours = new Organisation { Id = Guid.NewGuid(), Slug = "halton-youth-service", Name = "Halton Youth Service" };
        await using (var arrange = store.NewContext())
        {
            arrange.Organisations.Add(ours);
            await arrange.SaveChangesAsync();
        }

        var report = await ImportStore.ImportAsync(store, OrukFiles.Fixture("oruk1-spring-page.json"), new ImportOptions("test-feed", OrganisationSlug: "halton-youth-service"));
        var missing = await ImportStore.ImportAsync(store, OrukFiles.Fixture("oruk1-spring-page.json"), new ImportOptions("other", OrganisationSlug: "no-such-organisation"));

        Assert.Equal(0, report.OrganisationsCreated);
        await using var db = store.NewContext();
        Assert.All(await db.Services.ToListAsync(), s => Assert.Equal(ours.Id, s.OrganisationId));
        Assert.Contains("no-such-organisation", missing.Failure);
    }

    [Fact]
    public async Task A_file_that_is_not_json_is_reported_not_thrown()
    {
        using var store = await SqliteStore.MigratedAsync();
        using var folder = new TempFolder();
        folder.Write("broken.json", "[{\"id\": \"1\", \"name\": \"One\", \"organization\": {\"id\": \"o\", \"name\": \"Org\"}}, {\"id\": ");

        var report = await ImportStore.ImportAsync(store, folder.File("broken.json"));

        Assert.Equal(1, report.Created);
        Assert.Contains("not valid JSON", Assert.Single(report.Records, r => r.Outcome == ImportOutcome.Skipped).Reason);
    }

    [Fact]
    public async Task Ndjson_records_are_read_one_a_line()
    {
        using var store = await SqliteStore.MigratedAsync();
        using var folder = new TempFolder();
        folder.Write("feed.ndjson", """
            {"id": "n1", "name": "First", "organization": {"id": "o", "name": "Org"}}
            {"id": "n2", "name": "Second", "organization": {"id": "o", "name": "Org"}}
            """);

        var report = await ImportStore.ImportAsync(store, folder.File("feed.ndjson"));

        Assert.Equal(2, report.Created);
    }
    [Fact]
    public async Task Our_own_feed_keeps_its_ids_and_finds_our_terms_by_id()
    {
        using var store = await SqliteStore.MigratedAsync();
        var ourTerm = new TaxonomyTerm { Id = Guid.NewGuid(), Kind = TaxonomyKind.Need, Slug = "money", Name = "Money worries" };
        await using (var arrange = store.NewContext())
        {
            arrange.TaxonomyTerms.Add(ourTerm);
            await arrange.SaveChangesAsync();
        }

        using var folder = new TempFolder();
        var serviceId = Guid.NewGuid();
        var organisationId = Guid.NewGuid();
        var locationId = Guid.NewGuid();
        folder.Write("ours.json", $$"""
            {
              "id": "{{serviceId}}",
              "name": "Debt advice surgery",
              "organization": { "id": "{{organisationId}}", "name": "Citizens Advice Halton" },
              "service_at_locations": [ { "id": "sal-1", "location": { "id": "{{locationId}}", "name": "Widnes Library", "latitude": 53.36, "longitude": -2.73 } } ],
              "schedules": [ { "service_at_location_id": "sal-1", "freq": "WEEKLY", "byday": "TU", "opens_at": "10:00:00", "closes_at": "12:30:00" } ],
              "attributes": [ { "taxonomy_term": { "id": "{{ourTerm.Id}}", "name": "Money (renamed in the feed)", "taxonomy": "signpost-needs" } } ]
            }
            """);

        var report = await ImportStore.ImportAsync(store, folder.File("ours.json"));

        Assert.Equal(1, report.Created);
        await using var db = store.NewContext();
        var service = await db.Services.Include(s => s.Terms).Include(s => s.Schedules).SingleAsync();
        Assert.Equal((serviceId, organisationId), (service.Id, service.OrganisationId));
        Assert.Equal(locationId, (await db.Locations.SingleAsync()).Id);
        Assert.Equal(ourTerm.Id, Assert.Single(service.Terms).Id);
        var session = Assert.Single(service.Schedules);
        Assert.Equal((DayOfWeek.Tuesday, new TimeOnly(10, 0), (TimeOnly?)new TimeOnly(12, 30), (Guid?)locationId), (session.Day, session.Opens, session.Closes, session.LocationId));
    }
}
