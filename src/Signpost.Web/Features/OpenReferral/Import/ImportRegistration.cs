namespace Signpost.Web.Features.OpenReferral.Import;

public static class ImportRegistration
{
    /// <summary>The back-office feed upload (/editor/import) and the worker that runs uploaded imports.</summary>
    public static WebApplicationBuilder AddSignpostOpenReferralImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportUploadOptions>().BindConfiguration(ImportUploadOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ImportJobs>();
        builder.Services.AddHostedService<ImportJobWorker>();
        return builder;
    }
}
