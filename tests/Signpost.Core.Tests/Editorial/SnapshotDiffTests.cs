using Signpost.Core.Content;
using Signpost.Core.Editorial.Diff;
using Signpost.Core.Editorial.Snapshots;

namespace Signpost.Core.Tests.Editorial;

public sealed class SnapshotDiffTests
{
    private static readonly Guid YouthClubs = Guid.NewGuid();
    private static readonly Guid Sport = Guid.NewGuid();
    private static readonly Dictionary<Guid, string> Names = new() { [YouthClubs] = "Youth clubs", [Sport] = "Sport" };

    private static string Name(Guid id) => Names.GetValueOrDefault(id, "(removed)");

    private static ServiceSnapshot Base() => new()
    {
        Name = "Quokka Club",
        Slug = "quokka-club",
        MinimumAge = 11,
        CategoryIds = [YouthClubs],
        Languages = ["English", "Urdu"],
        Description = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.",
    };

    [Fact]
    public void Identical_snapshots_have_no_changes()
    {
        Assert.Empty(SnapshotDiff.Compare(Base(), Base(), Name));
    }

    [Fact]
    public void A_changed_value_reads_before_and_after()
    {
        var changes = SnapshotDiff.Compare(Base(), Base() with { MinimumAge = 13 }, Name);

        Assert.Equal("Minimum age: 11 -> 13", Assert.Single(changes).ToString());
    }

    [Fact]
    public void A_cleared_value_says_blank()
    {
        var changes = SnapshotDiff.Compare(Base(), Base() with { MinimumAge = null }, Name);

        Assert.Equal("Minimum age: 11 -> (blank)", Assert.Single(changes).ToString());
    }

    [Fact]
    public void Lists_show_added_and_removed_items_by_name()
    {
        var changes = SnapshotDiff.Compare(Base(), Base() with { CategoryIds = [Sport], Languages = ["English", "Polish"] }, Name);

        Assert.Equal(["Categories: added Sport; removed Youth clubs", "Languages: added Polish; removed Urdu"], changes.Select(c => c.ToString()));
        Assert.Equal(["Sport"], changes[0].Added);
    }

    [Fact]
    public void Markdown_is_diffed_by_line()
    {
        var after = Base() with { Description = "First paragraph.\n\nSecond paragraph, now longer.\n\nThird paragraph.\n\nA new fourth." };

        var change = Assert.Single(SnapshotDiff.Compare(Base(), after, Name));

        Assert.Equal(FieldChangeKind.Text, change.Kind);
        Assert.Equal(
            ["- Second paragraph.", "+ Second paragraph, now longer.", "+ ", "+ A new fourth."],
            change.Lines.Where(l => l.Kind != DiffLineKind.Unchanged).Select(l => l.ToString()));
        Assert.Equal(["First paragraph.", "Third paragraph."], change.Lines.Where(l => l.Kind == DiffLineKind.Unchanged && l.Text.Length > 0).Select(l => l.Text));
    }

    [Fact]
    public void Line_endings_alone_are_not_a_change()
    {
        var after = Base() with { Description = Base().Description.Replace("\n", "\r\n") };

        Assert.Empty(SnapshotDiff.Compare(Base(), after, Name));
    }

    [Fact]
    public void Sessions_are_compared_in_words()
    {
        var before = Base() with { Schedules = [new ScheduleSnapshot(DayOfWeek.Friday, new TimeOnly(18, 0), new TimeOnly(20, 0))] };
        var after = Base() with { Schedules = [new ScheduleSnapshot(DayOfWeek.Friday, new TimeOnly(18, 30), new TimeOnly(20, 0))] };

        var change = Assert.Single(SnapshotDiff.Compare(before, after, Name));

        Assert.Equal("Sessions: added Friday 18:30 to 20:00; removed Friday 18:00 to 20:00", change.ToString());
    }

    [Fact]
    public void Against_nothing_every_filled_field_is_new()
    {
        var changes = SnapshotDiff.Compare(null, Base(), Name);

        Assert.Contains(changes, c => c.ToString() == "Name: (blank) -> Quokka Club");
        Assert.Contains(changes, c => c.Label == "Description" && c.Lines.All(l => l.Kind == DiffLineKind.Added));
    }

    [Theory]
    [InlineData("", "", "")]
    [InlineData("a", "", "-a")]
    [InlineData("", "a", "+a")]
    [InlineData("a\nb\nc", "a\nc", " a|-b| c")]
    [InlineData("a\nb\nc", "a\nx\nc", " a|-b|+x| c")]
    [InlineData("a\nb", "b\na", "-a| b|+a")]
    public void Line_diff_finds_a_longest_common_subsequence(string before, string after, string expected)
    {
        var lines = LineDiff.Compare(before, after);

        var text = string.Join("|", lines.Select(l => (l.Kind switch { DiffLineKind.Added => "+", DiffLineKind.Removed => "-", _ => " " }) + l.Text));
        Assert.Equal(expected, text);
    }
}
