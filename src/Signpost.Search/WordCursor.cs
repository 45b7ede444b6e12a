namespace Signpost.Search;

/// <summary>
/// Walks the words of a text as <see cref="WordTokenizer"/> splits them, giving each word's place and its
/// folded form without allocating a string for the common ASCII word: snippets tokenise twenty texts per search.
/// </summary>
internal ref struct WordCursor
{
    private readonly string text;
    private readonly Span<char> buffer;
    private int position;

    public WordCursor(string text, Span<char> buffer)
    {
        this.text = text;
        this.buffer = buffer;
    }

    public int Start { get; private set; }

    /// <summary>Index just past the word's last character.</summary>
    public int End { get; private set; }

    /// <summary>The word lower-cased and without diacritics, valid until the next <see cref="MoveNext"/>.</summary>
    public ReadOnlySpan<char> Folded { get; private set; }

    public bool MoveNext()
    {
        var next = WordTokenizer.NextWord(text, position, out var start, out var end, out var ascii);
        if (!next)
        {
            position = text.Length;
            return false;
        }

        Start = start;
        End = end;
        position = end;
        var length = end - start;
        if (ascii && length <= buffer.Length)
        {
            var word = buffer[..length];
            for (var k = 0; k < length; k++)
            {
                var c = text[start + k];
                word[k] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }

            Folded = word;
        }
        else
        {
            Folded = WordTokenizer.Fold(text.AsSpan(start, length));
        }

        return true;
    }
}
