namespace Signpost.Search;

/// <summary>A service's terms column with what the build derives from it, shared by every service with the same labels.</summary>
internal sealed class TermsText(string text)
{
    private string[]? words;

    public string Text { get; } = text;

    /// <summary>The column's words as the vocabulary counts them.</summary>
    public string[] Words => words ??= WordTokenizer.Tokenize(Text).Select(t => t.Text).ToArray();

    /// <summary>Surface ids of the column's words, set by the first service to number them.</summary>
    public int[]? Ids { get; set; }
}
