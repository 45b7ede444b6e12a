using System.Text;

namespace Signpost.Search;

/// <summary>
/// Writes FTS5 query strings. Every word is double-quoted and contains only letters and digits
/// (see <see cref="WordTokenizer"/>), so no user text can become FTS5 syntax.
/// </summary>
internal static class FtsQueryBuilder
{
    /// <param name="forSnippets">
    /// Leaves out the "prefix"* term: FTS5 merges every indexed term with that prefix even to mark one row,
    /// while the prefix's vocabulary completions mark the same words at a fraction of the cost.
    /// </param>
    public static string? Build(IReadOnlyList<QueryUnit> units, SynonymSet synonyms, bool matchAll, bool forSnippets = false)
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

            AppendUnit(query, unit, synonyms, forSnippets);
        }

        return query.ToString();
    }

    private static void AppendUnit(StringBuilder query, QueryUnit unit, SynonymSet synonyms, bool forSnippets)
    {
        var alternatives = new List<string>();
        switch (unit.Kind)
        {
            case QueryUnitKind.Synonym:
                alternatives.AddRange(synonyms.Members(unit.SynonymGroup).Select(words => Quote(string.Join(' ', words))));
                break;
            case QueryUnitKind.Prefix:
                if (!forSnippets || unit.Completions.Count == 0)
                {
                    alternatives.Add(Quote(unit.Text) + "*");
                }

                alternatives.AddRange(unit.Completions.Where(w => forSnippets || w != unit.Text).Select(Quote));
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

    private static string Quote(string words) => "\"" + words.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
