using System.Text;

namespace Signpost.Web.Features.Editor.Synonyms;

/// <summary>
/// Reads a group typed one term a line and says what is wrong with it. Terms are kept as the
/// seed importer keeps them (trimmed, lower case), so edited and imported groups look alike.
/// </summary>
public static class SynonymRules
{
    public const int TermMaxLength = 100;
    public const int MaxTerms = 50;

    public static SynonymParse Parse(string? text)
    {
        var terms = new List<string>();
        var errors = new List<string>();
        var lines = (text ?? "").Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (string.IsNullOrWhiteSpace(line))
            {
                // A blank line between terms is a typing slip, not an empty term.
                continue;
            }

            var term = Normalise(line);
            if (!term.Any(char.IsLetterOrDigit))
            {
                errors.Add($"Line {number} has no letters or numbers: enter a word or phrase, or remove the line");
            }
            else if (term.Contains(','))
            {
                errors.Add($"Line {number} has a comma: put each term on its own line");
            }
            else if (term.Length > TermMaxLength)
            {
                errors.Add($"Line {number} is too long: a term must be {TermMaxLength} characters or fewer");
            }
            else if (terms.Contains(term))
            {
                errors.Add($"\"{term}\" is listed twice: remove one of them");
            }
            else
            {
                terms.Add(term);
            }
        }

        if (errors.Count == 0 && terms.Count < 2)
        {
            errors.Add(terms.Count == 0 ? "Enter at least two terms, one on each line" : "Enter at least one more term: a group needs two or more");
        }

        if (terms.Count > MaxTerms)
        {
            errors.Add($"A group can have up to {MaxTerms} terms: split it into smaller groups");
        }

        return new SynonymParse(terms, errors);
    }

    /// <summary>Lower case, single spaces, no spaces at the ends.</summary>
    public static string Normalise(string term)
    {
        var builder = new StringBuilder(term.Length);
        foreach (var word in term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word.ToLowerInvariant());
        }

        return builder.ToString();
    }

    /// <summary>
    /// Terms that other groups also list. The search engine keeps such a term in the first group it
    /// loads, so the editor is warned rather than stopped.
    /// </summary>
    public static IReadOnlyList<SynonymOverlap> Overlaps(IReadOnlyList<string> terms, IEnumerable<(Guid Id, IReadOnlyList<string> Terms)> otherGroups)
    {
        var others = otherGroups.ToList();
        return terms
            .Select(term => new SynonymOverlap(
                term,
                others.Where(g => g.Terms.Any(t => Normalise(t) == term)).Select(g => SynonymWords.Title(g.Terms)).ToList()))
            .Where(o => o.OtherGroups.Count > 0)
            .ToList();
    }
}
