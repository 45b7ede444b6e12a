using System.Text;

namespace Signpost.Core.Feedback;

/// <summary>
/// Looks for safeguarding phrases in free text: whole words only, ignoring case, punctuation and
/// extra spaces ("Self-harm", "self harm" and "SELF  HARM!" all match "self harm"; "abused" does
/// not match "abuse"). An aid for people, not a safeguard: it cannot see meaning, misspellings
/// or anything said in other words.
/// </summary>
public sealed class SafeguardingScreen
{
    private readonly IReadOnlyList<(string Words, string Category)> _phrases;

    public SafeguardingScreen(IEnumerable<(string Phrase, string Category)> phrases)
    {
        _phrases = phrases
            .Select(p => (Words: Words(p.Phrase), Category: p.Category.Trim()))
            .Where(p => p.Words.Length > 0 && p.Category.Length > 0)
            .Distinct()
            .ToList();
    }

    public static SafeguardingScreen Empty { get; } = new([]);

    public int PhraseCount => _phrases.Count;

    /// <summary>The categories of the phrases found, in list order without repeats; empty when none.</summary>
    public IReadOnlyList<string> Screen(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || _phrases.Count == 0)
        {
            return [];
        }

        // Spaces at both ends make " phrase " a whole-word test on words separated by single spaces.
        var padded = " " + Words(text) + " ";
        return _phrases
            .Where(p => padded.Contains(" " + p.Words + " ", StringComparison.Ordinal))
            .Select(p => p.Category)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Lower-case letters and digits, every other run of characters as one space. Apostrophes join ("don't" is one word).</summary>
    public static string Words(string text)
    {
        var words = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && words.Length > 0)
                {
                    words.Append(' ');
                }

                pendingSpace = false;
                words.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return words.ToString();
    }
}
