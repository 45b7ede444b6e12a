using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>The report's published figures as Xlsx, with the same disclosure control as the page.</summary>
public sealed class ExportXlsxModel(ParticipationFilterReader reader, ParticipationQueries queries, IAuditLog audit, TimeProvider clock)
    : ParticipationExportModel(reader, audit, clock)
{
    protected override string FileName => "participation-figures";

    protected override string Extension => "xlsx";

    protected override async Task WriteAsync(Stream output, ParticipationFilter filter, CancellationToken cancellationToken)
    {
        var report = ParticipationReportBuilder.Build(filter, await queries.FiguresAsync(filter, cancellationToken));
        ReportXlsx.WriteAggregates(output, report);
    }
}
