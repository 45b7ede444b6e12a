namespace Signpost.Search;

/// <summary>
/// Turns what a person typed into <see cref="QueryUnit"/>s. Nothing typed survives as FTS5 syntax:
/// only letters and digits are kept, so AND, NEAR(, *, -, :, ^ are words or separators.
/// User "quoted phrases" stay phrases; multi-word synonyms are found before the text is split
/// into single words; stop words are dropped outside phrases.
/// </summary>
internal static class QueryParser
{
    /// <summary>A cap that keeps a pasted essay from turning into hundreds of ANDed terms.</summary>
    public const int MaxUnits = 16;

    public static List<QueryUnit> Parse(string? text, bool lastWordIsPrefix, SynonymSet synonyms)
    {
        var units = new List<QueryUnit>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return units;
        }

        var segments = SplitQuotes(text);
        for (var s = 0; s < segments.Count && units.Count < MaxUnits; s++)
        {
            var (start, length, quoted) = segments[s];
            var tokens = WordTokenizer.Tokenize(text.Substring(start, length))
                .Select(t => t with { Start = t.Start + start })
                .ToList();
            if (tokens.Count == 0)
            {
                continue;
            }

            if (quoted)
            {
                units.Add(Unit(tokens, 0, tokens.Count, tokens.Count == 1 ? QueryUnitKind.Word : QueryUnitKind.Phrase));
                continue;
            }

            QueryUnit? prefix = null;
            if (lastWordIsPrefix && s == segments.Count - 1)
            {
                prefix = Unit(tokens, tokens.Count - 1, 1, QueryUnitKind.Prefix);
                tokens.RemoveAt(tokens.Count - 1);
            }

            AddWordsAndSynonyms(tokens, synonyms, units);
            if (prefix is not null)
            {
                units.Add(prefix);
            }
        }

        return units.Count > MaxUnits ? units[..MaxUnits] : units;
    }

    private static void AddWordsAndSynonyms(List<WordToken> tokens, SynonymSet synonyms, List<QueryUnit> units)
    {
        var i = 0;
        while (i < tokens.Count && units.Count < MaxUnits)
        {
            var matched = false;
            for (var length = Math.Min(synonyms.LongestPhrase, tokens.Count - i); length >= 1; length--)
            {
                var phrase = string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Text));
                if (synonyms.TryFindGroup(phrase, out var group))
                {
                    var unit = Unit(tokens, i, length, QueryUnitKind.Synonym);
                    unit.SynonymGroup = group;
                    units.Add(unit);
                    i += length;
                    matched = true;
                    break;
                }
            }

            if (matched)
            {
                continue;
            }

            if (!StopWords.Contains(tokens[i].Text))
            {
                units.Add(Unit(tokens, i, 1, QueryUnitKind.Word));
            }

            i++;
        }
    }

    private static QueryUnit Unit(List<WordToken> tokens, int from, int count, QueryUnitKind kind)
    {
        var first = tokens[from];
        var last = tokens[from + count - 1];
        return new QueryUnit
        {
            Kind = kind,
            Words = tokens.Skip(from).Take(count).Select(t => t.Text).ToArray(),
            Start = first.Start,
            Length = last.Start + last.Length - first.Start,
        };
    }

    /// <summary>Segments of the text, each flagged if it was inside a matched pair of double quotes.</summary>
    private static List<(int Start, int Length, bool Quoted)> SplitQuotes(string text)
    {
        var segments = new List<(int, int, bool)>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOfAny(['"', '\u201C', '\u201D'], position);
            var close = open < 0 ? -1 : text.IndexOfAny(['"', '\u201C', '\u201D'], open + 1);
            if (close < 0)
            {
                segments.Add((position, text.Length - position, false));
                break;
            }

            if (open > position)
            {
                segments.Add((position, open - position, false));
            }

            segments.Add((open + 1, close - open - 1, true));
            position = close + 1;
        }

        return segments;
    }
}
