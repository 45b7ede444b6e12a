using Signpost.Core.Rules;

namespace Signpost.Core.Tests.Rules;

public class AgeRangeTests
{
    [Theory]
    [InlineData(11, 19, 14, 14, true)]
    [InlineData(11, 19, 0, 4, false)]
    [InlineData(11, 19, 19, 25, true)]
    [InlineData(11, 19, 20, 25, false)]
    [InlineData(0, 4, 4, 4, true)]
    [InlineData(5, 13, 0, 4, false)]
    [InlineData(16, 25, 11, 15, false)]
    [InlineData(16, 25, 11, 16, true)]
    public void Overlap_matches_partner_bands_that_share_any_year(int min, int max, int from, int to, bool expected) =>
        Assert.Equal(expected, new AgeRange(min, max).Overlaps(from, to));

    [Fact]
    public void Missing_bounds_are_open()
    {
        Assert.True(new AgeRange(null, 19).Includes(0));
        Assert.True(new AgeRange(11, null).Includes(90));
        Assert.False(new AgeRange(11, null).Includes(10));
        Assert.True(new AgeRange(null, null).Includes(50));
    }

    [Fact]
    public void Missing_filter_bounds_match_everything_on_that_side()
    {
        Assert.True(new AgeRange(11, 19).Overlaps(null, 12));
        Assert.False(new AgeRange(11, 19).Overlaps(null, 10));
        Assert.True(new AgeRange(11, 19).Overlaps(18, null));
        Assert.False(new AgeRange(11, 19).Overlaps(20, null));
    }

    [Theory]
    [InlineData(11, 19, "11 to 19 years")]
    [InlineData(0, 4, "Up to 4 years")]
    [InlineData(null, 4, "Up to 4 years")]
    [InlineData(16, null, "16 years and over")]
    [InlineData(null, null, "All ages")]
    [InlineData(0, null, "All ages")]
    [InlineData(0, 0, "Babies under 1 and expectant parents")]
    [InlineData(18, 18, "18 years")]
    [InlineData(0, 99, "All ages")]
    [InlineData(16, 120, "16 years and over")]
    public void Ages_read_as_words(int? min, int? max, string expected) =>
        Assert.Equal(expected, new AgeRange(min, max).InWords());
}
