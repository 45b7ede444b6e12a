using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>The approved responses the filter covers, de-identified (see <see cref="DeidentifiedResponse"/>), as Csv.</summary>
public sealed class ResponsesCsvModel(ParticipationFilterReader reader, DeidentifiedResponses responses, IAuditLog audit, TimeProvider clock)
    : ParticipationExportModel(reader, audit, clock)
{
    protected override string FileName => "participation-responses";

    protected override string Extension => "csv";

    protected override async Task WriteAsync(Stream output, ParticipationFilter filter, CancellationToken cancellationToken) =>
        await ReportCsv.WriteRowsAsync(output, DeidentifiedResponses.Columns, responses.RowsAsync(filter, cancellationToken), cancellationToken);
}
