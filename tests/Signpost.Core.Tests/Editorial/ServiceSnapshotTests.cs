using Signpost.Core.Content;
using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Core.Tests.Editorial;

public sealed class ServiceSnapshotTests
{
    private static readonly Guid Organisation = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly TaxonomyTerm YouthClubs = new() { Id = Guid.Parse("00000000-0000-0000-0000-000000000c01"), Kind = TaxonomyKind.Category, Slug = "youth-clubs", Name = "Youth clubs" };
    private static readonly TaxonomyTerm Anxiety = new() { Id = Guid.Parse("00000000-0000-0000-0000-000000000e01"), Kind = TaxonomyKind.Need, Slug = "anxiety", Name = "Anxiety" };
    private static readonly Location Library = new() { Id = Guid.Parse("00000000-0000-0000-0000-0000000001b1"), Slug = "widnes-library", Name = "Widnes Library" };

    public static Service FullService() => new()
    {
        Id = Guid.NewGuid(),
        Slug = "quokka-club",
        Name = "Quokka Club",
        Summary = "A club for 11 to 16 year olds.",
        Description = "Line one.\n\nLine **two**.",
        OrganisationId = Organisation,
        MinimumAge = 11,
        MaximumAge = 16,
        Audiences = [Audience.YoungPeople, Audience.ParentsCarers],
        Terms = [YouthClubs, Anxiety],
        IsFree = false,
        CostDetails = "£1 a session",
        AccessRoutes = [AccessRoute.SelfReferral, AccessRoute.DropIn],
        DeliveryModes = [DeliveryMode.InPerson],
        Languages = ["English", "Polish"],
        Contact = new ContactDetails { Name = "Sam", Phone = "0151 000 0000", Email = "sam@example.org" },
        Locations = [Library],
        AreaType = ServiceAreaType.Localities,
        Localities = ["Widnes", "Runcorn"],
        Schedules =
        [
            new ServiceSchedule { Day = DayOfWeek.Friday, Opens = new TimeOnly(18, 0), Closes = new TimeOnly(20, 0), LocationId = Library.Id, Note = "Term time" },
            new ServiceSchedule { Day = DayOfWeek.Monday, Opens = new TimeOnly(17, 0), Closes = null, ValidFrom = new DateOnly(2026, 1, 5) },
        ],
        Closures = [new ServiceClosure { Date = new DateOnly(2026, 12, 25), Reason = "Christmas" }],
        Youth = new YouthAnswers { OnMyOwn = "Yes", Confidential = "Yes, unless you are in danger." },
        LocalOffer = new LocalOfferAnswers { WhoFor = "Everyone", Transition = "We help with college." },
        ReviewBy = new DateOnly(2027, 6, 1),
        ValidTo = new DateOnly(2028, 1, 1),
    };

    [Fact]
    public void Json_round_trip_keeps_every_field()
    {
        var snapshot = FullService().ToSnapshot();

        var back = ServiceSnapshot.FromJson(snapshot.ToJson());

        Assert.True(back.SameAs(snapshot));
        Assert.Equal(snapshot.ToJson(), back.ToJson());
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Friday], back.Schedules.Select(s => s.Day));
        Assert.Null(back.Schedules[0].Closes);
        Assert.Equal("Term time", back.Schedules[1].Note);
        Assert.Equal(new DateOnly(2027, 6, 1), back.ReviewBy);
        Assert.Equal("We help with college.", back.LocalOffer.Transition);
        Assert.Equal([Anxiety.Id], back.NeedIds);
    }

    [Fact]
    public void Json_has_a_stable_property_order_and_enum_names()
    {
        var json = FullService().ToSnapshot().ToJson();

        Assert.StartsWith("{\"name\":\"Quokka Club\",\"slug\":\"quokka-club\",\"summary\":", json);
        Assert.True(json.IndexOf("\"reviewBy\"", StringComparison.Ordinal) < json.LastIndexOf("\"validTo\"", StringComparison.Ordinal));
        Assert.Contains("\"YoungPeople\"", json);
        Assert.Contains("\"Friday\"", json);
    }

    [Fact]
    public void Order_of_lists_in_the_entity_does_not_change_the_snapshot()
    {
        var one = FullService();
        var two = FullService();
        two.Terms.Reverse();
        two.Schedules.Reverse();
        two.Audiences.Reverse();

        Assert.True(one.ToSnapshot().SameAs(two.ToSnapshot()));
    }

    [Fact]
    public void Applying_a_snapshot_to_a_blank_service_reproduces_it()
    {
        var original = FullService();
        var snapshot = original.ToSnapshot();
        var target = new Service { Id = Guid.NewGuid(), Slug = "x", Name = "x" };

        snapshot.ApplyTo(target, new[] { YouthClubs, Anxiety }.ToDictionary(t => t.Id), new[] { Library }.ToDictionary(l => l.Id));

        Assert.True(target.ToSnapshot().SameAs(snapshot));
        Assert.All(target.Schedules, s => Assert.Equal(target.Id, s.ServiceId));
        Assert.Same(Library, target.Schedules.Single(s => s.Day == DayOfWeek.Friday).Location);
    }

    [Fact]
    public void Applying_drops_terms_and_locations_the_store_no_longer_has()
    {
        var snapshot = FullService().ToSnapshot();
        var target = new Service { Id = Guid.NewGuid(), Slug = "x", Name = "x" };

        snapshot.ApplyTo(target, new[] { YouthClubs }.ToDictionary(t => t.Id), new Dictionary<Guid, Location>());

        Assert.Equal([YouthClubs], target.Terms);
        Assert.Empty(target.Locations);
        Assert.All(target.Schedules, s => Assert.Null(s.LocationId));
    }
}
