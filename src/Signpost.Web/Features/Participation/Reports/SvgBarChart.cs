using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>
/// A horizontal bar chart of one report table, drawn on the server as SVG: no script, prints as it
/// shows, and announced as one image whose description points to the data table beside it. Hidden
/// counts get no bar, only their "&lt;5" or "[c]" as text, so no bar length gives them away.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 640;
    private const int LabelWidth = 230;
    private const int ValueWidth = 60;
    private const int RowHeight = 26;
    private const int BarHeight = 18;
    private const int MaxLabelLength = 32;

    public static IHtmlContent Render(ReportTable table)
    {
        var html = HtmlEncoder.Default;
        var id = $"chart-{table.Id}";
        var rows = table.Rows;
        var max = Math.Max(1, rows.Select(r => r.Values[table.ChartColumn].Number ?? 0).DefaultIfEmpty(0).Max());
        var height = Math.Max(1, rows.Count) * RowHeight + 8;
        var barSpace = Width - LabelWidth - ValueWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-chart\" role=\"img\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{html.Encode(table.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<desc id=\"{id}-desc\">{html.Encode($"Bar chart of {table.Columns[table.ChartColumn].ToLowerInvariant()} by {table.RowHeading.ToLowerInvariant()}. The figures are in the table below the chart.")}</desc>");
        if (rows.Count == 0)
        {
            svg.Append("<text x=\"0\" y=\"20\" font-size=\"16\" fill=\"#0b0c0c\">No responses</text>");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var value = row.Values[table.ChartColumn];
            var y = i * RowHeight + 4;
            var textY = y + BarHeight - 4;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 8}\" y=\"{textY}\" font-size=\"15\" text-anchor=\"end\" fill=\"#0b0c0c\">{html.Encode(Shorten(row.Label))}</text>");
            var barWidth = value.Number is { } n ? (int)Math.Round(barSpace * (double)n / max) : 0;
            if (barWidth > 0)
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{barWidth}\" height=\"{BarHeight}\" fill=\"#1d70b8\"></rect>");
            }

            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth + barWidth + 6}\" y=\"{textY}\" font-size=\"15\" fill=\"#0b0c0c\">{html.Encode(value.Text)}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Shorten(string label) => label.Length <= MaxLabelLength ? label : label[..(MaxLabelLength - 1)].TrimEnd() + "…";
}
