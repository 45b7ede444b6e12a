using Microsoft.EntityFrameworkCore;
using Signpost.Core.Content;
using Signpost.Data.OpenReferralImport;

namespace Signpost.Data.Tests.OpenReferralImport;

/// <summary>Fields our own ORUK feed writes that an import must read back as they were meant (the round trip's findings).</summary>
public sealed class SignpostFeedMappingTests
{
    private const string Organisation = """{"id":"8d4c1d55-2f6a-4a4e-9a57-5b0e8c7f0a01","name":"Halton Youth","description":"Youth work."}""";

    [Fact]
    public async Task The_feeds_summary_is_kept_rather_than_taken_from_the_description()
    {
        var service = await ImportOneAsync("""{"summary":"A short summary.","description":"A longer description. It goes on."}""");

        Assert.Equal("A short summary.", service.Summary);
    }

    [Fact]
    public async Task A_description_without_tags_is_read_as_markdown()
    {
        var service = await ImportOneAsync("""{"description":"Intro.\n\n**Bold** and a list:\n\n- one that goes on\n  over two lines\n- two\n\n## Heading &lt;b&gt;"}""");

        Assert.Equal("Intro.\n\n**Bold** and a list:\n\n- one that goes on\n  over two lines\n- two\n\n## Heading \\<b\\>", service.Description);
    }

    [Fact]
    public async Task A_charged_service_whose_cost_text_mentions_free_places_stays_charged()
    {
        var service = await ImportOneAsync("""
            {"fees":"£2 a session. Free for young people who get free school meals.",
             "cost_options":[{"id":"c1","option":"Charge","amount_description":"£2 a session. Free for young people who get free school meals."}]}
            """);

        Assert.False(service.IsFree);
        Assert.Equal("£2 a session. Free for young people who get free school meals.", service.CostDetails);
    }

    [Fact]
    public async Task A_free_cost_option_keeps_its_description_as_the_cost_details()
    {
        var service = await ImportOneAsync("""{"cost_options":[{"id":"c1","option":"Free","amount":0,"amount_description":"Bring a packed lunch on trips."}]}""");

        Assert.True(service.IsFree);
        Assert.Equal("Bring a packed lunch on trips.", service.CostDetails);
    }

    [Fact]
    public async Task A_schedule_description_that_only_restates_its_times_is_not_a_note_but_notes_are()
    {
        var service = await ImportOneAsync("""
            {"schedules":[
              {"id":"s1","freq":"WEEKLY","byday":"MO","opens_at":"10:00:00","closes_at":"12:00:00","description":"Mondays, 10:00 to 12:00"},
              {"id":"s2","freq":"WEEKLY","byday":"TU","opens_at":"18:00:00","closes_at":"23:59:59","description":"Tuesdays, 18:00 to midnight","notes":"Term time only"},
              {"id":"s3","freq":"WEEKLY","byday":"WE","opens_at":"09:00:00","closes_at":"11:00:00","description":"Bring a towel"}]}
            """);

        var sessions = service.Schedules.OrderBy(s => s.Day).ToList();
        Assert.Equal([(DayOfWeek.Monday, null), (DayOfWeek.Tuesday, "Term time only"), (DayOfWeek.Wednesday, "Bring a towel")], sessions.Select(s => (s.Day, s.Note)));
        Assert.Null(sessions[1].Closes);
    }

    [Fact]
    public async Task A_term_we_do_not_have_becomes_an_imported_term_with_its_own_id()
    {
        var service = await ImportOneAsync("""
            {"attributes":[{"id":"a1","taxonomy_term_id":"0b0e5f55-6a43-5d2c-9c1a-8f3e2d1c0b0a",
              "taxonomy_term":{"id":"0b0e5f55-6a43-5d2c-9c1a-8f3e2d1c0b0a","name":"Young carers","taxonomy":"Another directory's circumstances"}}]}
            """);

        var term = Assert.Single(service.Terms);
        Assert.Equal(("Young carers", TaxonomyKind.Imported), (term.Name, term.Kind));
        Assert.NotEqual(Guid.Parse("0b0e5f55-6a43-5d2c-9c1a-8f3e2d1c0b0a"), term.Id);
    }

    [Fact]
    public async Task Our_audience_access_route_and_delivery_terms_come_back_as_ours_not_as_imported_terms()
    {
        var service = await ImportOneAsync($$$"""
            {"attributes":[
              {{{Attribute("Signpost audiences", "parents-carers", "Parents and carers")}}},
              {{{Attribute("Signpost audiences", "professionals", "Professionals")}}},
              {{{Attribute("Signpost access routes", "self-referral", "Refer yourself")}}},
              {"id":"a4","taxonomy_term":{"id":"t4","name":"Drop in","code":"drop-in","taxonomy_id":"88703d7b-712c-55df-a64a-892eaa8328ed"}},
              {{{Attribute("Signpost delivery modes", "phone", "By phone")}}},
              {{{Attribute("Signpost audiences", "grandparents", "Grandparents")}}}]}
            """);

        Assert.Equal([Audience.ParentsCarers, Audience.Professionals], service.Audiences.Order());
        Assert.Equal([AccessRoute.DropIn, AccessRoute.SelfReferral], service.AccessRoutes.Order());

        // Said by the feed, so not guessed: no venue would have added in person anyway, and no attending type online.
        Assert.Equal([DeliveryMode.Phone], service.DeliveryModes);

        // A code of ours we do not know is kept for a manager to map, not lost.
        Assert.Equal(["Grandparents"], service.Terms.Select(t => t.Name));
    }

    [Fact]
    public async Task A_venues_transport_notes_are_read()
    {
        var service = await ImportOneAsync("""
            {"service_at_locations":[{"id":"sal1","location":{"id":"l1","name":"Hub","location_type":"physical",
              "transportation":"Buses 61 and 62 stop outside.\nFree parking behind the hall.",
              "addresses":[{"id":"ad1","address_1":"1 High Street","city":"Widnes","postal_code":"WA8 7QE"}]}}]}
            """);

        Assert.Equal("Buses 61 and 62 stop outside.\nFree parking behind the hall.", Assert.Single(service.Locations).Transport);
    }

    [Fact]
    public async Task A_text_number_is_read_as_the_text_number_and_the_phone_as_the_phone()
    {
        // As our feed writes them: each number on the service and again on its contact.
        var service = await ImportOneAsync("""
            {"phones":[{"id":"p1","number":"07700 900123","description":"Text message"},{"id":"p2","number":"0151 555 0101","description":"Phone"}],
             "contacts":[{"id":"c1","name":"Reception","phones":[{"id":"p1","number":"07700 900123","description":"Text message"},{"id":"p2","number":"0151 555 0101","description":"Phone"}]}]}
            """);

        Assert.Equal(("Reception", "0151 555 0101", "07700 900123"), (service.Contact.Name, service.Contact.Phone, service.Contact.Text));
    }

    [Theory]
    [InlineData("""[{"id":"a1","name":"Halton","extent_type":"local_authority"}]""", ServiceAreaType.WholeArea)]
    [InlineData("""[{"id":"a1","name":"United Kingdom","extent_type":"country"}]""", ServiceAreaType.National)]
    [InlineData("""[{"id":"a1","name":"Runcorn","extent_type":"locality"},{"id":"a2","name":"Widnes"}]""", ServiceAreaType.Localities)]
    [InlineData("[]", ServiceAreaType.Locations)]
    public async Task A_service_area_is_read_as_the_same_coverage_even_when_the_service_has_places(string areas, ServiceAreaType expected)
    {
        var service = await ImportOneAsync($$$"""
            {"service_areas":{{{areas}}},
             "service_at_locations":[{"id":"sal1","location":{"id":"l1","name":"Hub","addresses":[{"id":"ad1","address_1":"1 High Street","postal_code":"WA8 7QE"}]}}]}
            """);

        Assert.Equal(expected, service.AreaType);
        Assert.Equal(expected == ServiceAreaType.Localities ? new[] { "Runcorn", "Widnes" } : [], service.Localities);
        Assert.Single(service.Locations);
    }

    [Theory]
    [InlineData("Free (NHS)", "Free (NHS)")]
    [InlineData("Free", "Free")]
    public async Task A_free_services_cost_note_is_kept(string note, string? expected)
    {
        var service = await ImportOneAsync($$$"""{"cost_options":[{"id":"c1","option":"Free","amount":0,"amount_description":"{{{note}}}"}]}""");

        Assert.True(service.IsFree);
        Assert.Equal(expected, service.CostDetails);
    }

    private static string Attribute(string taxonomy, string code, string name) =>
        $$$"""{"id":"{{{code}}}","taxonomy_term":{"id":"{{{Guid.NewGuid()}}}","name":"{{{name}}}","taxonomy":"{{{taxonomy}}}","code":"{{{code}}}","term":"{{{code}}}"}}""";

    private static async Task<Service> ImportOneAsync(string fields)
    {
        using var store = await SqliteStore.MigratedAsync();
        using var folder = new TempFolder();
        var record = System.Text.Json.Nodes.JsonNode.Parse(fields)!.AsObject();
        record["id"] = "3f9a2b7e-1c1d-4f7a-8a3e-2b6c5d4e3f21";
        record["name"] = "Round trip club";
        record["organization"] = System.Text.Json.Nodes.JsonNode.Parse(Organisation);
        folder.Write("feed.ndjson", record.ToJsonString() + "\n");

        var report = await ImportStore.ImportAsync(store, folder.File("feed.ndjson"), format: FeedFormat.Oruk3);

        Assert.Equal(1, report.Created);
        await using var db = store.NewContext();
        return await db.Services.Include(s => s.Schedules).Include(s => s.Terms).Include(s => s.Locations).SingleAsync();
    }
}
