namespace Signpost.Search.Tests;

public sealed class QueryStemmerTests
{
    [Fact]
    public void Stemming_many_words_at_once_gives_each_the_stem_fts5_gives_it_alone()
    {
        string[] words = ["clubs", "counselling", "families", "running", "café", "24", "supercalifragilisticexpialidociousnessesandthenmore", "!!", "hubs", "clubs"];
        using var stemmer = new QueryStemmer();

        var batch = stemmer.Stems(words);

        Assert.Equal(words.Length, batch.Length);
        for (var i = 0; i < words.Length; i++)
        {
            // A word that gives no token at all keeps itself, as the index's own stemming does.
            Assert.Equal(stemmer.Stem(words[i]) ?? words[i], batch[i]);
        }

        Assert.Equal("club", batch[0]);
        Assert.Equal("!!", batch[7]);
        Assert.Equal(batch, stemmer.Stems(words));
    }
}
