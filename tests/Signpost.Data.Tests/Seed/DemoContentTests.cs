using Signpost.Core.Content;
using Signpost.Data.Seed;

namespace Signpost.Data.Tests.Seed;

/// <summary>The demo area must be rich enough to exercise every filter and journey the site offers.</summary>
public class DemoContentTests
{
    private static readonly Lazy<SeedContent> Content = new(() => ContentSeedReader.Read(RepoPaths.ContentSeed));

    private static List<Service> Published => Content.Value.Services.Where(s => s.Status == ContentStatus.Published).ToList();

    [Fact]
    public void It_has_at_least_120_services_from_at_least_25_organisations()
    {
        Assert.True(Published.Count >= 120, $"{Published.Count} published services");
        Assert.True(Published.Select(s => s.OrganisationId).Distinct().Count() >= 25);
    }

    [Fact]
    public void Every_category_has_published_services()
    {
        var empty = Content.Value.Terms
            .Where(t => t.Kind == TaxonomyKind.Category && t.ParentId is not null)
            .Where(t => !Published.Any(s => s.Terms.Contains(t)))
            .Select(t => t.Slug);

        Assert.Empty(empty);
    }

    [Fact]
    public void Every_need_and_outcome_is_supported_by_several_services()
    {
        foreach (var term in Content.Value.Terms.Where(t => t.Kind is TaxonomyKind.Need or TaxonomyKind.Outcome))
        {
            Assert.True(Published.Count(s => s.Terms.Contains(term)) >= 3, $"{term.Kind} {term.Slug} has fewer than 3 services");
        }
    }

    [Fact]
    public void Every_age_from_0_to_25_is_served_by_several_services()
    {
        for (var age = 0; age <= 25; age++)
        {
            var year = age;
            Assert.True(Published.Count(s => new Core.Rules.AgeRange(s.MinimumAge, s.MaximumAge).Includes(year)) >= 10, $"age {age}");
        }
    }

    [Fact]
    public void Every_access_route_delivery_mode_and_area_type_is_used()
    {
        Assert.All(Enum.GetValues<AccessRoute>(), route => Assert.Contains(Published, s => s.AccessRoutes.Contains(route)));
        Assert.All(Enum.GetValues<DeliveryMode>(), mode => Assert.Contains(Published, s => s.DeliveryModes.Contains(mode)));
        Assert.All(Enum.GetValues<ServiceAreaType>(), area => Assert.Contains(Published, s => s.AreaType == area));
        Assert.All(Enum.GetValues<Audience>(), audience => Assert.Contains(Published, s => s.Audiences.Contains(audience)));
    }

    [Fact]
    public void There_are_free_and_paid_weekday_evening_and_weekend_services()
    {
        Assert.Contains(Published, s => s.IsFree);
        Assert.Contains(Published, s => !s.IsFree && s.CostDetails is not null);
        Assert.Contains(Published, s => s.Schedules.Any(x => x.Day is DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.Contains(Published, s => s.Schedules.Any(x => x.Opens >= new TimeOnly(17, 0)));
        Assert.Contains(Published, s => s.Schedules.Any(x => x.Day is >= DayOfWeek.Monday and <= DayOfWeek.Friday && x.Opens < new TimeOnly(12, 0)));
    }

    [Fact]
    public void Real_national_helplines_are_listed_with_their_real_numbers()
    {
        Assert.Contains(Published, s => s.AreaType == ServiceAreaType.National && s.Contact.Phone?.Replace(" ", "") == "08001111");
        Assert.Contains(Published, s => s.AreaType == ServiceAreaType.National && s.Contact.Phone?.Replace(" ", "") == "116123");
        Assert.Contains(Published, s => s.AreaType == ServiceAreaType.National && s.Contact.Text == "85258");
    }

    [Fact]
    public void Youth_and_local_offer_answers_are_present_where_they_matter()
    {
        Assert.True(Published.Count(s => !s.Youth.IsEmpty) >= 20);
        Assert.True(Published.Count(s => !s.LocalOffer.IsEmpty) >= 15);
    }

    [Fact]
    public void Postcodes_districts_and_places_people_type_are_known()
    {
        var postcodes = Content.Value.Postcodes.Select(p => p.Postcode).ToHashSet();
        Assert.Contains("WA7 2GW", postcodes);
        Assert.Contains("WA7", postcodes);
        Assert.Contains("WA8", postcodes);
        Assert.Contains(Content.Value.Places, p => p.Name == "Widnes");
        Assert.Contains(Content.Value.Places, p => p.Name == "Runcorn");
        Assert.All(Content.Value.Locations, l => Assert.Contains(l.Postcode, postcodes));
    }

    [Fact]
    public void Venues_lie_in_or_near_halton()
    {
        // Halton's bounding box, with a margin for neighbouring venues such as Whiston or Warrington.
        Assert.All(Content.Value.Locations, l =>
        {
            Assert.InRange(l.Latitude, 53.25, 53.45);
            Assert.InRange(l.Longitude, -2.95, -2.50);
        });
    }

    [Fact]
    public void Descriptions_are_written_not_stamped_from_a_template()
    {
        var openings = Published.Select(s => string.Join(' ', s.Description.Split(' ').Take(6))).ToList();
        Assert.True(openings.Distinct().Count() > Published.Count * 0.95, "too many descriptions open the same way");
        Assert.All(Published, s => Assert.True(s.Description.Length >= 200, $"{s.Slug} has a thin description"));
    }
}
