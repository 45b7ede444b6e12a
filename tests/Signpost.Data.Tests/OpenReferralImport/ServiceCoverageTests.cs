using Signpost.Core.Content;
using Signpost.Data.OpenReferralImport;

namespace Signpost.Data.Tests.OpenReferralImport;

public sealed class ServiceCoverageTests
{
    [Theory]
    [InlineData("United Kingdom", null, ServiceAreaType.National)]
    [InlineData("Nationwide", null, ServiceAreaType.National)]
    [InlineData("Anywhere", "country", ServiceAreaType.National)]
    [InlineData("Halton", "local_authority", ServiceAreaType.WholeArea)]
    [InlineData("Runcorn", "locality", ServiceAreaType.Localities)]
    [InlineData("Runcorn", null, ServiceAreaType.Localities)]
    public void An_area_gives_the_same_coverage_with_or_without_venues(string name, string? kind, ServiceAreaType expected)
    {
        Assert.Equal(expected, ServiceCoverage.Of([new FeedArea(name, kind)], hasPlaces: true, []).Type);
        Assert.Equal(expected, ServiceCoverage.Of([new FeedArea(name, kind)], hasPlaces: false, []).Type);
    }

    [Fact]
    public void Without_areas_a_service_covers_its_venues_or_else_the_whole_area_with_a_warning()
    {
        var warnings = new List<string>();

        Assert.Equal(ServiceAreaType.Locations, ServiceCoverage.Of([], hasPlaces: true, warnings).Type);
        Assert.Empty(warnings);
        Assert.Equal(ServiceAreaType.WholeArea, ServiceCoverage.Of([new FeedArea(" ")], hasPlaces: false, warnings).Type);
        Assert.Contains(warnings, w => w.Contains("whole area"));
    }

    [Fact]
    public void Localities_are_cleaned_and_case_folded_duplicates_dropped()
    {
        var (type, localities) = ServiceCoverage.Of([new("Runcorn "), new("runcorn"), new("Widnes &amp; Hale")], hasPlaces: false, []);

        Assert.Equal(ServiceAreaType.Localities, type);
        Assert.Equal(["Runcorn", "Widnes & Hale"], localities);
    }
}
