using Signpost.Web.Features.Participation.Moderation;

namespace Signpost.Web.Tests.Participation.Moderation;

/// <summary>How the history describes a redaction: counts only, worked out word by word.</summary>
public sealed class RedactionSummaryTests
{
    [Fact]
    public void Two_names_in_different_places_are_two_passages()
    {
        var summary = RedactionSummary.Between("Jo and the worker Priya Shah were kind", "[name removed] and the worker [name removed] were kind");

        Assert.Equal(new RedactionSummary(2, 11, 4), summary);
        Assert.DoesNotContain("Priya", summary.Note);
        Assert.Equal("Removed 2 passages (11 characters); 4 words put in their place.", summary.Note);
    }

    [Fact]
    public void Removing_words_without_replacing_them_counts_them()
    {
        Assert.Equal(new RedactionSummary(1, 9, 0), RedactionSummary.Between("I live on Elm Road near the club", "I live near the club"));
    }

    [Fact]
    public void Only_spacing_changed_is_no_change()
    {
        Assert.False(RedactionSummary.Between("great   club", "great club").Changed);
    }

    [Fact]
    public void Very_long_texts_fall_back_to_the_changed_middle()
    {
        var words = string.Join(' ', Enumerable.Range(0, 1600).Select(i => $"w{i}"));
        var redacted = words.Replace(" w800 w801 ", " [removed] ", StringComparison.Ordinal);

        Assert.Equal(new RedactionSummary(1, 8, 1), RedactionSummary.Between(words, redacted));
    }
}
