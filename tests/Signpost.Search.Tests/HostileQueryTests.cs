namespace Signpost.Search.Tests;

using static TestDocuments;

public class HostileQueryTests
{
    public static TheoryData<string> Strings() =>
    [
        "\"", "\"\"", "\"\"\"", "'", "AND", "OR", "NOT", "youth AND", "NOT youth", "NEAR(", "NEAR(youth club, 2)",
        "*", "youth*", "-youth", "name:youth", "{name}: youth", "^youth", "youth^", "(", ")", "((youth", "col:",
        "🙂", "youth 🙂 club", "\0", "\u0001mark\u0002", "<script>alert(1)</script>", "'; DROP TABLE service_text; --",
        "   ", "", "a", "\u200b", "ﬁ", "İstanbul", "日本語", "x:y:z", "a\"b\"c\"", "%", "_", "\\", "+", "&&", "||",
        new string('a', 10_000), string.Join(' ', Enumerable.Repeat("youth", 2_000)), new string('"', 10_000),
        string.Join(" ", Enumerable.Repeat("NEAR( \"", 1_000)),
    ];

    private static readonly SearchIndex Index = Build(
        Service("Widnes Youth Club", "Games and <b>friends</b>", categories: [Term("clubs", "Youth clubs")]),
        Service("Counselling for young people", "Someone to talk to"));

    [Theory]
    [MemberData(nameof(Strings))]
    public void Any_string_searches_without_throwing(string text)
    {
        foreach (var prefix in new[] { false, true })
        {
            var response = Index.Search(Request(text) with { Prefix = prefix });

            Assert.True(response.Total >= 0);
            Assert.All(response.Hits, h => Assert.DoesNotContain("<b>", h.Snippet, StringComparison.Ordinal));
        }

        Assert.NotNull(Index.Suggest(text));
    }

    [Fact]
    public void Random_strings_never_throw()
    {
        var random = new Random(42);
        const string alphabet = "abcyouthclub \"'*-:^()NEARANDORNOT{}[]🙂é\u0001\u0002<>&;,.0123456789";
        for (var i = 0; i < 300; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var response = Index.Search(Request(text) with { Prefix = random.Next(2) == 0 });
            Assert.True(response.Total >= 0);
        }
    }
}
