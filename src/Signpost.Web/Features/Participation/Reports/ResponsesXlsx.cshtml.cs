using Signpost.Web.Infrastructure.Audit;

namespace Signpost.Web.Features.Participation.Reports;

/// <summary>The approved responses the filter covers, de-identified (see <see cref="DeidentifiedResponse"/>), as Xlsx.</summary>
public sealed class ResponsesXlsxModel(ParticipationFilterReader reader, DeidentifiedResponses responses, IAuditLog audit, TimeProvider clock)
    : ParticipationExportModel(reader, audit, clock)
{
    protected override string FileName => "participation-responses";

    protected override string Extension => "xlsx";

    protected override async Task WriteAsync(Stream output, ParticipationFilter filter, CancellationToken cancellationToken) =>
        await ReportXlsx.WriteRowsAsync(output, DeidentifiedResponses.Columns, responses.RowsAsync(filter, cancellationToken), cancellationToken);
}
