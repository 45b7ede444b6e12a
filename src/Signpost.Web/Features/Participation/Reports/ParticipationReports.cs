namespace Signpost.Web.Features.Participation.Reports;

/// <summary>Reads a filter from the query string and builds the report for it: what every report page and export starts with.</summary>
public sealed class ParticipationReports(ParticipationFilterReader reader, ParticipationQueries queries)
{
    public async Task<(FilterReading Reading, ParticipationReport Report)> ForQueryAsync(IQueryCollection query, CancellationToken cancellationToken)
    {
        var reading = await reader.ReadAsync(query, cancellationToken);
        var figures = await queries.FiguresAsync(reading.Filter, cancellationToken);
        return (reading, ParticipationReportBuilder.Build(reading.Filter, figures));
    }
}
