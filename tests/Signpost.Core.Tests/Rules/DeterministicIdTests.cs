using Signpost.Core.Rules;

namespace Signpost.Core.Tests.Rules;

public class DeterministicIdTests
{
    [Fact]
    public void The_same_kind_and_key_give_the_same_id_on_every_run() =>
        Assert.Equal(DeterministicId.For("service", "childline"), DeterministicId.For("service", "childline"));

    [Fact]
    public void Different_kinds_with_the_same_key_get_different_ids() =>
        Assert.NotEqual(DeterministicId.For("service", "halton"), DeterministicId.For("organisation", "halton"));

    [Fact]
    public void Ids_are_version_5_rfc_uuids()
    {
        var text = DeterministicId.For("service", "childline").ToString();
        Assert.Equal('5', text[14]);
        Assert.Contains(text[19], "89ab");
    }
}
