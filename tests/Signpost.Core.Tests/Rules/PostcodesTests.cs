using Signpost.Core.Rules;

namespace Signpost.Core.Tests.Rules;

public class PostcodesTests
{
    [Theory]
    [InlineData("wa7 2gw", "WA7 2GW")]
    [InlineData("WA72GW", "WA7 2GW")]
    [InlineData(" WA8  7QE ", "WA8 7QE")]
    [InlineData("L24 1YD", "L24 1YD")]
    [InlineData("SW1A 1AA", "SW1A 1AA")]
    [InlineData("EC1A1BB", "EC1A 1BB")]
    public void Normalise_accepts_full_postcodes_in_any_spacing_and_case(string text, string expected) =>
        Assert.Equal(expected, Postcodes.Normalise(text));

    [Theory]
    [InlineData("WA7")]
    [InlineData("ZZ")]
    [InlineData("WA7 2G")]
    [InlineData("12345")]
    [InlineData("WA7 2GW'; DROP TABLE")]
    [InlineData("")]
    [InlineData(null)]
    public void Normalise_rejects_what_is_not_a_full_postcode(string? text) =>
        Assert.Null(Postcodes.Normalise(text));

    [Theory]
    [InlineData("wa8", "WA8")]
    [InlineData("CH65", "CH65")]
    [InlineData("SW1A", "SW1A")]
    public void NormaliseDistrict_accepts_outward_codes(string text, string expected) =>
        Assert.Equal(expected, Postcodes.NormaliseDistrict(text));

    [Theory]
    [InlineData("Widnes", false)]
    [InlineData("W1", true)]
    [InlineData("ZZ99 9ZZ", true)]
    [InlineData("Hale Bank", false)]
    public void LooksLikePostcode_tells_a_mistyped_postcode_from_a_place_name(string text, bool expected) =>
        Assert.Equal(expected, Postcodes.LooksLikePostcode(text));
}
