using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>
/// Writes an .xlsx one row at a time with the Open XML SAX writer, so a large export never holds a
/// DOM of its rows. Numbers are written as numbers; everything else as inline text, which a
/// spreadsheet never evaluates as a formula. Dispose to finish the workbook.
/// </summary>
public sealed class XlsxWorkbookWriter : IDisposable
{
    private const int MaxSheetName = 31;

    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly List<(string Name, string PartId)> _sheets = [];

    /// <param name="output">A seekable stream: the package is a zip written with a central directory at the end.</param>
    public XlsxWorkbookWriter(Stream output)
    {
        _document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        _workbook = _document.AddWorkbookPart();
    }

    public void AddSheet(string name, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var writer = StartSheet(name);
        foreach (var row in rows)
        {
            WriteRow(writer, row);
        }

        EndSheet(writer);
    }

    public async Task AddSheetAsync(string name, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken cancellationToken)
    {
        using var writer = StartSheet(name);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            WriteRow(writer, row);
        }

        EndSheet(writer);
    }

    public void Dispose()
    {
        _workbook.Workbook = new Workbook(new Sheets(_sheets.Select((s, i) =>
            new Sheet { Name = s.Name, SheetId = (uint)(i + 1), Id = s.PartId })));
        _workbook.Workbook.Save();
        _document.Dispose();
    }

    private OpenXmlWriter StartSheet(string name)
    {
        var part = _workbook.AddNewPart<WorksheetPart>();
        _sheets.Add((SheetName(name), _workbook.GetIdOfPart(part)));
        var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        return writer;
    }

    private static void EndSheet(OpenXmlWriter writer)
    {
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<object?> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in cells)
        {
            writer.WriteElement(value switch
            {
                long or int or double => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)) },
                null => new Cell(),
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!) { Space = SpaceProcessingModeValues.Preserve }) },
            });
        }

        writer.WriteEndElement();
    }

    /// <summary>Excel's rules: at most 31 characters, none of []:*?/\, and unique in the workbook.</summary>
    private string SheetName(string name)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c) ? ' ' : c).ToArray()).Trim();
        clean = clean.Length > MaxSheetName ? clean[..MaxSheetName] : clean;
        var unique = clean;
        for (var n = 2; _sheets.Any(s => string.Equals(s.Name, unique, StringComparison.OrdinalIgnoreCase)); n++)
        {
            var suffix = $" {n}";
            unique = (clean.Length + suffix.Length > MaxSheetName ? clean[..(MaxSheetName - suffix.Length)] : clean) + suffix;
        }

        return unique;
    }
}
