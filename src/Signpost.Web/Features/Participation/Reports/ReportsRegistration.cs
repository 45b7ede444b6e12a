namespace Signpost.Web.Features.Participation.Reports;

public static class ReportsRegistration
{
    /// <summary>Participation reports at /editor/participation: the page, the printable report and the exports.</summary>
    public static WebApplicationBuilder AddSignpostParticipationReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ParticipationFilterReader>();
        builder.Services.AddScoped<ParticipationQueries>();
        builder.Services.AddScoped<ParticipationReports>();
        builder.Services.AddScoped<DeidentifiedResponses>();
        return builder;
    }
}
