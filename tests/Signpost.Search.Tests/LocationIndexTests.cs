namespace Signpost.Search.Tests;

public class LocationIndexTests
{
    [Fact]
    public void A_box_finds_exactly_the_venues_inside_it_after_adds_and_removes()
    {
        var random = new Random(7);
        var venues = Enumerable.Range(1, 2_000).Select(i => (Row: (long)(i % 500), Lat: 50 + (random.NextDouble() * 5), Lng: -5 + (random.NextDouble() * 5))).ToList();
        var index = new LocationIndex();
        index.AddRange(venues.Take(1_000));
        foreach (var venue in venues.Skip(1_000))
        {
            index.Add(venue.Row, venue.Lat, venue.Lng);
        }

        index.RemoveRow(42);
        var found = new List<(long Row, double Lat, double Lng)>();
        index.InBox(51, 52, -3, -1, found);

        var expected = venues.Where(v => v.Row != 42 && v.Lat is >= 51 and <= 52 && v.Lng is >= -3 and <= -1).OrderBy(v => v.Lat).ToList();
        Assert.Equal(expected.Count, found.Count);
        Assert.Equal(expected.Select(v => (v.Row, v.Lat, v.Lng)), found);
        Assert.Equal(2_000 - venues.Count(v => v.Row == 42), index.Count);
    }
}
