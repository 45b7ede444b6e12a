namespace Signpost.Search.Tests;

using static TestDocuments;

/// <summary>A node streams its documents from the store into the build, so the build must take them as they come, once.</summary>
public class StreamedBuildTests
{
    [Fact]
    public void Build_takes_a_sequence_that_can_be_enumerated_only_once()
    {
        var documents = new OnePass(Enumerable.Range(0, 3000).Select(i => Service($"Club number {i}", $"Meets on day {i % 7}.", id: Guid.NewGuid())));

        using var index = SearchIndex.Build(documents, Synonyms);

        Assert.Equal(3000, index.Count);
        Assert.Equal(3000, documents.Taken);
        Assert.Equal("Club number 2999", index.Search(Request("2999")).Hits.Single().Name);
    }

    [Fact]
    public void A_duplicate_id_late_in_the_stream_replaces_the_earlier_document_everywhere()
    {
        var id = Guid.NewGuid();
        IEnumerable<SearchDocument> Documents()
        {
            yield return Service("Old youth club", "Pool table.", id: id, locations: [new(53.36, -2.73, "Widnes")]);
            for (var i = 0; i < 100; i++)
            {
                yield return Service($"Other service {i}");
            }

            yield return Service("New youth club", "Table tennis.", id: id, locations: [new(55.0, -1.5, "Far away")]);
        }

        using var index = SearchIndex.Build(Documents(), Synonyms);

        Assert.Equal(101, index.Count);
        Assert.Equal(0, index.Search(Request("pool")).Total);
        Assert.Equal("New youth club", index.Search(Request("tennis")).Hits.Single().Name);
        Assert.Equal(0, index.Search(Request() with { Near = new GeoPoint(53.36, -2.73), RadiusMiles = 1 }).Total);
    }

    [Fact]
    public void A_stream_that_fails_part_way_fails_the_build()
    {
        IEnumerable<SearchDocument> Documents()
        {
            for (var i = 0; i < 2000; i++)
            {
                yield return Service($"Service {i}");
            }

            throw new InvalidOperationException("the store went away");
        }

        var failure = Assert.Throws<InvalidOperationException>(() => SearchIndex.Build(Documents(), Synonyms));
        Assert.Equal("the store went away", failure.Message);
    }

    /// <summary>Refuses a second enumeration, as a stream read from the store would.</summary>
    private sealed class OnePass(IEnumerable<SearchDocument> documents) : IEnumerable<SearchDocument>
    {
        private bool enumerated;

        public int Taken { get; private set; }

        public IEnumerator<SearchDocument> GetEnumerator()
        {
            Assert.False(enumerated, "The documents were enumerated twice.");
            enumerated = true;
            foreach (var document in documents)
            {
                Taken++;
                yield return document;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
