using Signpost.Core.Feedback;

namespace Signpost.Core.Tests.Feedback;

public class SafeguardingScreenTests
{
    private static readonly SafeguardingScreen Screen = new(
    [
        ("self harm", "self-harm"),
        ("self-harm", "self-harm"),
        ("hurt myself", "self-harm"),
        ("abuse", "abuse"),
        ("hits me", "abuse"),
        ("not safe at home", "immediate-danger"),
    ]);

    [Theory]
    [InlineData("Sometimes I hurt myself after school")]
    [InlineData("sometimes I HURT   MYSELF.")]
    [InlineData("I think about self-harm")]
    [InlineData("I think about Self Harm!")]
    [InlineData("hurt\nmyself")]
    public void Finds_phrases_whatever_the_case_spacing_or_punctuation(string text) =>
        Assert.Equal(["self-harm"], Screen.Screen(text));

    [Theory]
    [InlineData("The club was great and staff listened")]
    [InlineData("I hurt my knee myself")]
    [InlineData("abusers")]
    [InlineData("selfharm")]
    [InlineData("")]
    [InlineData(null)]
    public void Matches_whole_words_only(string? text) =>
        Assert.Empty(Screen.Screen(text));

    [Fact]
    public void Gives_each_category_once_in_list_order()
    {
        var found = Screen.Screen("He hits me. I'm not safe at home. It's abuse and I hurt myself.");
        Assert.Equal(["self-harm", "abuse", "immediate-danger"], found);
    }

    [Fact]
    public void An_empty_list_finds_nothing() =>
        Assert.Empty(SafeguardingScreen.Empty.Screen("I want to hurt myself"));

    [Fact]
    public void Blank_phrases_are_ignored()
    {
        var screen = new SafeguardingScreen([("  ", "x"), ("!!", "y"), ("help", "")]);
        Assert.Equal(0, screen.PhraseCount);
        Assert.Empty(screen.Screen("help !! x"));
    }

    [Theory]
    [InlineData("Don't  know!", "dont know")]
    [InlineData("ＨＵＲＴ myself", "hurt myself")]
    [InlineData("--a--b--", "a b")]
    public void Words_are_lower_case_letters_and_digits_separated_by_single_spaces(string text, string expected) =>
        Assert.Equal(expected, SafeguardingScreen.Words(text));
}
