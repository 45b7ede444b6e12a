namespace Signpost.Search.Tests;

using static TestDocuments;

public class SmokeTests
{
    [Fact]
    public void Finds_a_service_by_a_word_in_its_name()
    {
        using var index = Build(Service("Widnes Youth Club"), Service("Runcorn Food Bank"));

        var response = index.Search(Request("youth"));

        Assert.Equal(1, response.Total);
        Assert.Equal("Widnes Youth Club", Assert.Single(response.Hits).Name);
    }
}
