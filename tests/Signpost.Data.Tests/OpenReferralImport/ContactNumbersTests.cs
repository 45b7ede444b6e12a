using Signpost.Data.OpenReferralImport;

namespace Signpost.Data.Tests.OpenReferralImport;

public sealed class ContactNumbersTests
{
    [Fact]
    public void The_first_number_not_for_texts_is_the_phone_and_the_first_for_texts_the_text_number()
    {
        var warnings = new List<string>();

        var (phone, text) = ContactNumbers.Of([new("07700 900123", "SMS only"), new("0151 555 0101", null), new("07700 900123", "SMS only")], warnings);

        Assert.Equal(("0151 555 0101", "07700 900123"), (phone, text));
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("Textphone")]
    [InlineData("Text relay: 18001 then the number")]
    [InlineData("Minicom")]
    public void A_number_for_deaf_callers_is_a_phone_not_a_text_number(string description)
    {
        var (phone, text) = ContactNumbers.Of([new("0151 555 0199", description)], []);

        Assert.Equal(("0151 555 0199", (string?)null), (phone, text));
    }

    [Fact]
    public void Numbers_beyond_one_phone_and_one_text_are_said_in_a_warning_and_one_that_is_not_a_number_is_left_out()
    {
        var warnings = new List<string>();

        var (phone, text) = ContactNumbers.Of([new("n/a", "Phone"), new("0151 555 0101", "Main line"), new("0800 555 0102", "Freephone")], warnings);

        Assert.Equal(("0151 555 0101", (string?)null), (phone, text));
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("'n/a' is not a phone number"));
        Assert.Contains(warnings, w => w.Contains("'0800 555 0102'"));
    }
}
