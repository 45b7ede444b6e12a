using Signpost.Core.Content;
using Signpost.Core.Editorial.Diff;
using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Core.Tests.Editorial;

public sealed class ContentSnapshotDiffTests
{
    [Fact]
    public void A_page_diff_shows_its_address_and_body_by_line()
    {
        var before = new PageSnapshot { Title = "CAMHS", Path = "help/camhs", Body = "One.\n\nTwo." };
        var after = before with { Path = "help/what-is-camhs", Body = "One.\n\nThree." };

        var changes = SnapshotDiff.Compare(before, after);

        Assert.Equal(["Web address", "Body"], changes.Select(c => c.Label));
        Assert.Equal("Web address: /help/camhs -> /help/what-is-camhs", changes[0].ToString());
        Assert.Contains("+ Three.", changes[1].ToString());
        Assert.Empty(SnapshotDiff.Compare(before, before));
    }

    [Fact]
    public void An_organisation_diff_names_each_changed_field()
    {
        var before = new OrganisationSnapshot { Name = "Halton Youth", Type = OrganisationType.Council, Phone = "0151 000" };
        var after = before with { Name = "Halton Youth Service", Phone = null, Type = OrganisationType.Voluntary };

        var changes = SnapshotDiff.Compare(before, after).Select(c => c.ToString()).ToList();

        Assert.Equal(["Name: Halton Youth -> Halton Youth Service", "Type: Council -> Voluntary", "Phone: 0151 000 -> (blank)"], changes);
    }

    [Fact]
    public void A_venue_diff_lists_accessibility_added_and_removed_and_the_moved_point()
    {
        var before = new LocationSnapshot { Name = "Hub", Postcode = "WA7 2GW", Latitude = 53.3, Longitude = -2.7, Accessibility = ["lift", "hearing-loop"] };
        var after = before with { Latitude = 53.31, Accessibility = ["lift", "step-free-access"] };

        var changes = SnapshotDiff.Compare(before, after).Select(c => c.ToString()).ToList();

        Assert.Equal(["Latitude: 53.3 -> 53.31", "Accessibility: added step-free-access; removed hearing-loop"], changes);
    }

    [Fact]
    public void Snapshots_round_trip_through_json()
    {
        var venue = new LocationSnapshot { Name = "Hub", Accessibility = ["lift", "baby-changing"] };
        Assert.Equal(venue.Normalised().ToJson(), LocationSnapshot.FromJson(venue.ToJson()).ToJson());
        Assert.Equal(["baby-changing", "lift"], LocationSnapshot.FromJson(venue.ToJson()).Accessibility);
        var page = new PageSnapshot { Title = "T", Path = "a/b", Body = "x", SortOrder = 3 };
        Assert.Equal(page, PageSnapshot.FromJson(page.ToJson()));
    }
}
