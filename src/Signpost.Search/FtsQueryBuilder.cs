using System.Text;

namespace Signpost.Search;

/// <summary>
/// Writes FTS5 query strings. Every word is double-quoted and contains only letters and digits
/// (see <see cref="WordTokenizer"/>), so no user text can become FTS5 syntax.
/// </summary>
internal static class FtsQueryBuilder
{
    public static string? Build(IReadOnlyList<QueryUnit> units, SynonymSet synonyms, bool matchAll)
    {
        if (units.Count == 0)
        {
            return null;
        }

        var query = new StringBuilder();
        foreach (var unit in units)
        {
            if (query.Length > 0)
            {
                query.Append(matchAll ? " AND " : " OR ");
            }

            AppendUnit(query, unit, synonyms);
        }

        return query.ToString();
    }

    private static void AppendUnit(StringBuilder query, QueryUnit unit, SynonymSet synonyms)
    {
        var alternatives = new List<string>();
        switch (unit.Kind)
        {
            case QueryUnitKind.Synonym:
                alternatives.AddRange(synonyms.Members(unit.SynonymGroup).Select(words => Quote(string.Join(' ', words))));
                break;
            case QueryUnitKind.Prefix:
                // The vocabulary's most frequent completions are what people mean; the raw "prefix"* would merge
                // every stem starting so (and Porter stems the prefix itself), so it is only the fallback.
                if (unit.Completions.Count == 0)
                {
                    alternatives.Add(Quote(unit.Text) + "*");
                }

                alternatives.AddRange(unit.Completions.Select(Quote));
                break;
            default:
                alternatives.Add(Quote(unit.Text));
                if (unit.Correction is not null)
                {
                    alternatives.Add(Quote(unit.Correction));
                }

                break;
        }

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
