using System.Globalization;
using System.Text;

namespace Signpost.Search;

/// <summary>
/// Splits text into words the way FTS5's unicode61 tokenizer does (runs of letters and digits,
/// diacritics removed), so a word seen here is the word the index saw.
/// </summary>
internal static class WordTokenizer
{
    public static List<WordToken> Tokenize(string? text)
    {
        var tokens = new List<WordToken>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            tokens.Add(new WordToken(Fold(text.AsSpan(start, i - start)), start, i - start));
        }

        return tokens;
    }

    /// <summary>Calls <paramref name="onWord"/> for every word without allocating strings for words already seen.</summary>
    public static void ForEachWord(string? text, Span<char> buffer, Action<ReadOnlySpan<char>> onWord)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            var ascii = true;
            while (i < text.Length && IsWordChar(text, i))
            {
                ascii &= text[i] < 128;
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            var length = i - start;
            if (ascii && length <= buffer.Length)
            {
                var word = buffer[..length];
                for (var k = 0; k < length; k++)
                {
                    var c = text[start + k];
                    word[k] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                }

                onWord(word);
            }
            else
            {
                onWord(Fold(text.AsSpan(start, length)));
            }
        }
    }

    /// <summary>The next word at or after <paramref name="from"/>: false when there is none.</summary>
    public static bool NextWord(string text, int from, out int start, out int end, out bool ascii)
    {
        var i = from;
        while (i < text.Length && !IsWordChar(text, i))
        {
            i++;
        }

        start = i;
        ascii = true;
        while (i < text.Length && IsWordChar(text, i))
        {
            ascii &= text[i] < 128;
            i += char.IsSurrogatePair(text, i) ? 2 : 1;
        }

        end = i;
        return end > start;
    }

    public static string Fold(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            ascii &= c < 128;
        }

        if (ascii)
        {
            return string.Create(word.Length, word.ToString(), static (span, source) =>
            {
                for (var k = 0; k < span.Length; k++)
                {
                    var c = source[k];
                    span[k] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                }
            });
        }

        var decomposed = word.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (c < 128)
        {
            return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
        }

        if (char.IsSurrogate(c))
        {
            // Emoji and other astral symbols separate words in unicode61 too; astral letters are rare enough to drop.
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
