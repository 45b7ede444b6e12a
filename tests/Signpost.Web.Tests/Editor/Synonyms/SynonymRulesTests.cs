using Signpost.Web.Features.Editor.Synonyms;

namespace Signpost.Web.Tests.Editor.Synonyms;

public sealed class SynonymRulesTests
{
    [Fact]
    public void Terms_are_read_one_a_line_trimmed_lower_cased_with_blank_lines_skipped()
    {
        var parsed = SynonymRules.Parse("  CAMHS \r\n\r\nChild   and adolescent mental health\n\n");

        Assert.Empty(parsed.Errors);
        Assert.Equal(["camhs", "child and adolescent mental health"], parsed.Terms);
    }

    [Theory]
    [InlineData("", "Enter at least two terms, one on each line")]
    [InlineData("\n \n", "Enter at least two terms, one on each line")]
    [InlineData("camhs", "Enter at least one more term: a group needs two or more")]
    [InlineData("camhs\n - \nmental health", "Line 2 has no letters or numbers: enter a word or phrase, or remove the line")]
    [InlineData("camhs\nCAMHS\nmental health", "\"camhs\" is listed twice: remove one of them")]
    [InlineData("camhs, mental health\nwellbeing", "Line 1 has a comma: put each term on its own line")]
    public void Groups_need_two_distinct_real_terms(string text, string message)
    {
        var parsed = SynonymRules.Parse(text);
        Assert.Equal(message, Assert.Single(parsed.Errors));
    }

    [Fact]
    public void Terms_and_groups_have_maximum_sizes()
    {
        var longTerm = new string('a', SynonymRules.TermMaxLength + 1);
        Assert.Equal("Line 2 is too long: a term must be 100 characters or fewer", Assert.Single(SynonymRules.Parse($"camhs\n{longTerm}\nwellbeing").Errors));
        Assert.Empty(SynonymRules.Parse($"camhs\n{new string('a', SynonymRules.TermMaxLength)}").Errors);

        var many = string.Join('\n', Enumerable.Range(1, SynonymRules.MaxTerms + 1).Select(i => $"term {i}"));
        Assert.Equal("A group can have up to 50 terms: split it into smaller groups", Assert.Single(SynonymRules.Parse(many).Errors));
    }

    [Fact]
    public void Terms_other_groups_list_are_found_whatever_their_case_and_spacing()
    {
        var mentalHealth = (Guid.NewGuid(), (IReadOnlyList<string>)["mental health", "Feeling  Low"]);
        var anxiety = (Guid.NewGuid(), (IReadOnlyList<string>)["anxiety", "worry"]);

        var overlaps = SynonymRules.Overlaps(["feeling low", "sad", "worry"], [mentalHealth, anxiety]);

        Assert.Equal(2, overlaps.Count);
        Assert.Equal("feeling low", overlaps[0].Term);
        Assert.Equal(["mental health"], overlaps[0].OtherGroups);
        Assert.Equal("worry", overlaps[1].Term);
        Assert.Equal(["anxiety"], overlaps[1].OtherGroups);
    }
}
