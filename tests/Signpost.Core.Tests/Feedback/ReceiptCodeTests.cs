using System.Text.RegularExpressions;
using Signpost.Core.Feedback;

namespace Signpost.Core.Tests.Feedback;

public class ReceiptCodeTests
{
    [Fact]
    public void Generated_codes_are_three_groups_of_four_from_the_unambiguous_alphabet()
    {
        for (var i = 0; i < 200; i++)
        {
            var code = ReceiptCode.Generate();
            Assert.Matches(new Regex("^[ACDEFGHJKMNPQRTUVWXYZ2345679]{4}-[ACDEFGHJKMNPQRTUVWXYZ2345679]{4}-[ACDEFGHJKMNPQRTUVWXYZ2345679]{4}$"), code);
        }
    }

    [Fact]
    public void Generated_codes_differ()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => ReceiptCode.Generate()).ToHashSet();
        Assert.Equal(1000, codes.Count);
    }

    [Theory]
    [InlineData("k7mx-4qpa-9tz2", "K7MX-4QPA-9TZ2")]
    [InlineData(" K7MX 4QPA 9TZ2 ", "K7MX-4QPA-9TZ2")]
    [InlineData("K7MX4QPA9TZ2", "K7MX-4QPA-9TZ2")]
    public void Typed_codes_are_normalised(string typed, string expected) =>
        Assert.Equal(expected, ReceiptCode.Normalise(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K7MX-4QPA-9TZ")]
    [InlineData("K7MX-4QPA-9TZ22")]
    [InlineData("K7MX-4QPA-9TZO")]
    [InlineData("K7MX-4QPA-9T<2")]
    public void Malformed_codes_are_refused(string? typed) =>
        Assert.Null(ReceiptCode.Normalise(typed));

    [Fact]
    public void The_hash_is_sha256_hex_of_the_canonical_code_whatever_the_typing()
    {
        var hash = ReceiptCode.Hash("K7MX-4QPA-9TZ2");
        Assert.Equal(64, hash.Length);
        Assert.Equal(hash, ReceiptCode.Hash("k7mx 4qpa 9tz2"));
        Assert.NotEqual(hash, ReceiptCode.Hash("K7MX-4QPA-9TZ3"));
        Assert.DoesNotContain("K7MX", hash, StringComparison.OrdinalIgnoreCase);
    }
}
