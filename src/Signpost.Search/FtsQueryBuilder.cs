using System.Text;

namespace Signpost.Search;

/// <summary>
/// Writes FTS5 query strings. Every word is double-quoted and contains only letters and digits
/// (see <see cref="WordTokenizer"/>), so no user text can become FTS5 syntax.
/// </summary>
internal static class FtsQueryBuilder
{
    /// <param name="keep">
    /// When given, only the alternatives (a word or phrase of a unit) it keeps are written, and a unit left with none
    /// is left out; null when nothing is left.
    /// </param>
    public static string? Build(IReadOnlyList<QueryUnit> units, SynonymSet synonyms, bool matchAll, Func<IReadOnlyList<string>, bool>? keep = null)
    {
        if (units.Count == 0)
        {
            return null;
        }

        var query = new StringBuilder();
        foreach (var unit in units)
        {
            var alternatives = Alternatives(unit, synonyms, keep);
            if (alternatives.Count == 0)
            {
                continue;
            }

            if (query.Length > 0)
            {
                query.Append(matchAll ? " AND " : " OR ");
            }

            AppendUnit(query, alternatives);
        }

        return query.Length == 0 ? null : query.ToString();
    }

    private static List<string> Alternatives(QueryUnit unit, SynonymSet synonyms, Func<IReadOnlyList<string>, bool>? keep)
    {
        var alternatives = new List<string>();
        switch (unit.Kind)
        {
            case QueryUnitKind.Synonym:
                alternatives.AddRange(synonyms.Members(unit.SynonymGroup).Where(words => keep?.Invoke(words) ?? true).Select(words => Quote(string.Join(' ', words))));
                break;
            case QueryUnitKind.Prefix:
                // The vocabulary's most frequent completions are what people mean; the raw "prefix"* would merge
                // every stem starting so (and Porter stems the prefix itself), so it is only the fallback.
                if (unit.Completions.Count == 0)
                {
                    alternatives.Add(Quote(unit.Text) + "*");
                }

                alternatives.AddRange(unit.Completions.Where(c => keep?.Invoke([c]) ?? true).Select(Quote));
                break;
            default:
                if (keep?.Invoke(unit.Words) ?? true)
                {
                    alternatives.Add(Quote(unit.Text));
                }

                if (unit.Correction is not null && (keep?.Invoke([unit.Correction]) ?? true))
                {
                    alternatives.Add(Quote(unit.Correction));
                }

                break;
        }

        return alternatives;
    }

    private static void AppendUnit(StringBuilder query, List<string> alternatives)
    {

        if (alternatives.Count == 1)
        {
            query.Append(alternatives[0]);
        }
        else
        {
            query.Append('(').AppendJoin(" OR ", alternatives).Append(')');
        }
    }

    public static string Quote(string words) => "\"" + words.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
