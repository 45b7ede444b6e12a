using System.Text;

namespace Signpost.Web.Features.Editor.Bulk;

/// <summary>
/// RFC 4180 CSV. Cells a spreadsheet would run as a formula (starting = + - @, or a tab or carriage
/// return that some spreadsheets skip first) get a leading apostrophe: an editor can type any text
/// into a listing, and the file is opened by someone else.
/// </summary>
public static class CsvText
{
    public static void AppendRow(StringBuilder csv, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                csv.Append(',');
            }

            csv.Append(Cell(cell));
            first = false;
        }

        csv.Append("\r\n");
    }

    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
