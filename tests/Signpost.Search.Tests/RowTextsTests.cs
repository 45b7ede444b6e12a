namespace Signpost.Search.Tests;

public class RowTextsTests
{
    [Fact]
    public void A_description_comes_back_as_it_went_in()
    {
        var store = new RowTexts();
        var text = string.Concat(Enumerable.Repeat("Café and crèche for families – Sure Start 👪. ", 200));

        store.Set(3, RowText.Description, text);
        store.Set(7, RowText.Description, "Short.");

        Assert.Equal(text, store.Get(3, RowText.Description));
        Assert.Equal("Short.", store.Get(7, RowText.Description));
        Assert.Equal(string.Empty, store.Get(5, RowText.Description));
        Assert.Equal(string.Empty, store.Get(100, RowText.Description));
    }

    [Fact]
    public void Replacing_and_removing_change_only_their_row()
    {
        var store = new RowTexts();
        store.Set(1, RowText.Summary, "First summary.");
        store.Set(2, RowText.Summary, "Second summary.");
        store.Set(1, RowText.Description, "First.");
        store.Set(2, RowText.Description, "Second.");

        store.Set(1, RowText.Description, "First again.");
        store.Remove(2);
        store.Set(3, RowText.Description, string.Empty);

        Assert.Equal("First again.", store.Get(1, RowText.Description));
        Assert.Equal("First summary.", store.Get(1, RowText.Summary));
        Assert.Equal(string.Empty, store.Get(2, RowText.Summary));
        Assert.Equal(string.Empty, store.Get(2, RowText.Description));
        Assert.Equal(string.Empty, store.Get(3, RowText.Description));
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
        var store = new RowTexts();

        store.Set(1, RowText.Description, text);

        Assert.Equal(text, store.Get(1, RowText.Description));
    }

    [Fact]
    public void Random_texts_come_back_exactly()
    {
        var random = new Random(20261122);
        const string alphabet = "abcXYZ019 .,-'\n\t£é👪";
        var store = new RowTexts();
        var texts = new string[200];
        for (var row = 0; row < texts.Length; row++)
        {
            var chars = new char[random.Next(1, 300)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            texts[row] = new string(chars);
            store.Set(row, RowText.Description, texts[row]);
        }

        for (var row = 0; row < texts.Length; row++)
        {
            Assert.Equal(texts[row], store.Get(row, RowText.Description));
        }
    }

    [Fact]
    public void Words_a_description_repeats_are_kept_once()
    {
        var store = new RowTexts();
        var text = string.Concat(Enumerable.Repeat("Stay and play for families. ", 500));

        store.Set(1, RowText.Description, text);
        store.Set(2, RowText.Description, "Play and stay.");

        // "Stay ", "and ", "play ", "for ", "families", ". " then "Play ", "stay", ".".
        Assert.Equal(9, store.TokenCount);
        Assert.Equal(text, store.Get(1, RowText.Description));
        Assert.Equal("Play and stay.", store.Get(2, RowText.Description));
    }

    [Fact]
    public void A_built_index_shows_a_description_in_its_snippet()
    {
        using var index = TestDocuments.Build(TestDocuments.Service("Test service", "A short summary.", "Our homework club meets on Tuesdays in the library."));

        Assert.Contains("<mark>homework</mark>", index.Search(TestDocuments.Request("homework")).Hits.Single().Snippet, StringComparison.Ordinal);
    }
}
