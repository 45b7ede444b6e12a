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

    [Theory]
    [InlineData("  leading and trailing spaces  ")]
    [InlineData("Two  spaces, tabs\tand\r\nnew lines\n")]
    [InlineData("Digits 0151 123 4567 and mixed a1b2")]
    [InlineData("Emoji 👪👪 and 𝒜 outside the first plane, and a lone half \ud83d here")]
    [InlineData("Ünïcödé wörds, Ελληνικά and 中文字")]
    [InlineData("x")]
    [InlineData("!?")]
    public void Any_text_comes_back_exactly(string text)
    {
        var store = new DescriptionStore();

        store.Set(1, text);

        Assert.Equal(text, store.Get(1));
    }

    [Fact]
    public void Random_texts_come_back_exactly()
    {
        var random = new Random(20261122);
        const string alphabet = "abcXYZ019 .,-'\n\t£é👪";
        var store = new DescriptionStore();
        var texts = new string[200];
        for (var row = 0; row < texts.Length; row++)
        {
            var chars = new char[random.Next(1, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            texts[row] = new string(chars);
            store.Set(row, texts[row]);
        }

        for (var row = 0; row < texts.Length; row++)
        {
            Assert.Equal(texts[row], store.Get(row));
        }
    }

    [Fact]
    public void Words_a_description_repeats_are_kept_once()
    {
        var store = new DescriptionStore();
        var text = string.Concat(Enumerable.Repeat("Stay and play for families. ", 500));

        store.Set(1, text);
        store.Set(2, "Play and stay.");

        // "Stay ", "and ", "play ", "for ", "families", ". " then "Play ", "stay", ".".
        Assert.Equal(9, store.TokenCount);
        Assert.Equal(text, store.Get(1));
        Assert.Equal("Play and stay.", store.Get(2));
    }

    [Fact]
    public void A_built_index_shows_a_description_in_its_snippet()
    {
        using var index = TestDocuments.Build(TestDocuments.Service("Test service", "A short summary.", "Our homework club meets on Tuesdays in the library."));

        Assert.Contains("<mark>homework</mark>", index.Search(TestDocuments.Request("homework")).Hits.Single().Snippet, StringComparison.Ordinal);
    }
}
