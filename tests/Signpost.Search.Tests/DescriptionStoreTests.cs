namespace Signpost.Search.Tests;

public class DescriptionStoreTests
{
    [Fact]
    public void A_description_comes_back_as_it_went_in()
    {
        var store = new DescriptionStore();
        var text = string.Concat(Enumerable.Repeat("Café and crèche for families – Sure Start 👪. ", 200));

        store.Set(3, text);
        store.Set(7, "Short.");

        Assert.Equal(text, store.Get(3));
        Assert.Equal("Short.", store.Get(7));
        Assert.Equal(string.Empty, store.Get(5));
        Assert.Equal(string.Empty, store.Get(100));
    }

    [Fact]
    public void Replacing_and_removing_change_only_their_row()
    {
        var store = new DescriptionStore();
        store.Set(1, "First.");
        store.Set(2, "Second.");

        store.Set(1, "First again.");
        store.Remove(2);
        store.Set(3, string.Empty);

        Assert.Equal("First again.", store.Get(1));
        Assert.Equal(string.Empty, store.Get(2));
        Assert.Equal(string.Empty, store.Get(3));
    }

    [Fact]
    public void A_build_s_plain_descriptions_read_the_same_before_and_after_compressing()
    {
        var store = new DescriptionStore();
        var texts = Enumerable.Range(0, 3000).Select(i => $"Service {i}: drop-in for parents and carers – café {i % 7}.").ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            store.AddUncompressed(i, texts[i]);
        }

        Assert.Equal(texts, Enumerable.Range(0, texts.Count).Select(i => store.Get(i)));

        store.CompressFrom(0, 1024);
        store.CompressFrom(1024, 5000);

        Assert.Equal(texts, Enumerable.Range(0, texts.Count).Select(i => store.Get(i)));
    }

    [Fact]
    public async Task An_index_compresses_its_build_s_descriptions_and_still_shows_them_in_snippets()
    {
        using var index = TestDocuments.Build(TestDocuments.Service("Test service", "A short summary.", "Our homework club meets on Tuesdays in the library."));

        await index.DescriptionsCompressed;

        Assert.Contains("<mark>homework</mark>", index.Search(TestDocuments.Request("homework")).Hits.Single().Snippet, StringComparison.Ordinal);
    }
}
