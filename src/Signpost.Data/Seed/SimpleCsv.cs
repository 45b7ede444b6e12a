using System.Text;

namespace Signpost.Data.Seed;

/// <summary>
/// Reads small comma-separated files with RFC 4180 quoting. The seed's postcode and place lists
/// need nothing more, and this keeps their reader independent of CsvHelper's changing API.
/// </summary>
internal static class SimpleCsv
{
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var startLine = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; ; i++)
            {
                if (i == text.Length)
                {
                    if (quoted && reader.ReadLine() is { } next)
                    {
                        line++;
                        field.Append('\n');
                        text = next;
                        i = -1;
                        continue;
                    }

                    break;
                }

                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString().Trim());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            fields.Add(field.ToString().Trim());
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            yield return (startLine, fields.ToArray());
        }
    }
}
