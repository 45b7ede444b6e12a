namespace Signpost.Search;

/// <summary>A multi-word synonym member and the rows where its words follow one another within one column.</summary>
internal sealed class PhrasePostings(string[] words)
{
    public string[] Words { get; } = words;

    public int[] Stems { get; private set; } = [];

    /// <summary>True while some word's stem is in no indexed text, so the phrase cannot occur.</summary>
    public bool Unresolved { get; private set; } = true;

    public RowList Rows { get; } = new();

    public void Resolve(PostingIndex postings)
    {
        var stems = new int[Words.Length];
        for (var i = 0; i < stems.Length; i++)
        {
            stems[i] = postings.StemIdOfWord(Words[i]);
            if (stems[i] < 0)
            {
                return;
            }
        }

        Stems = stems;
        Unresolved = false;
    }
}
