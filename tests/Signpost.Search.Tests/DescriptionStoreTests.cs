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
    public void A_built_index_shows_a_description_in_its_snippet()
    {
        using var index = TestDocuments.Build(TestDocuments.Service("Test service", "A short summary.", "Our homework club meets on Tuesdays in the library."));

        Assert.Contains("<mark>homework</mark>", index.Search(TestDocuments.Request("homework")).Hits.Single().Snippet, StringComparison.Ordinal);
    }
}
