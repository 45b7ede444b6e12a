using Signpost.Web.Infrastructure.ScaleOut;

namespace Signpost.Web.Tests.ScaleOut;

public sealed class FixedWindowTests
{
    [Fact]
    public void Instants_in_one_window_share_its_key_whichever_node_reads_its_clock()
    {
        var early = FixedWindow.At(DateTimeOffset.Parse("2026-11-22T10:00:00Z"), 3600);
        var late = FixedWindow.At(DateTimeOffset.Parse("2026-11-22T10:59:59.9Z"), 3600);

        Assert.Equal(early, late);
        Assert.Equal(DateTimeOffset.Parse("2026-11-22T10:00:00Z"), early.Start);
        Assert.Equal(DateTimeOffset.Parse("2026-11-22T11:00:00Z"), early.End);
    }

    [Fact]
    public void The_next_window_starts_where_the_last_ended_with_another_key()
    {
        var before = FixedWindow.At(DateTimeOffset.Parse("2026-11-22T10:00:59Z"), 60);
        var after = FixedWindow.At(DateTimeOffset.Parse("2026-11-22T10:01:00Z"), 60);

        Assert.Equal(before.End, after.Start);
        Assert.NotEqual(before.Id, after.Id);
    }
}
