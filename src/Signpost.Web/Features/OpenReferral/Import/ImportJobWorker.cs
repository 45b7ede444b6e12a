using Signpost.Data;
using Signpost.Data.OpenReferralImport;

namespace Signpost.Web.Features.OpenReferral.Import;

/// <summary>Runs queued imports one after another in their own scope, and deletes each upload when its import ends.</summary>
public sealed class ImportJobWorker(ImportJobs jobs, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ImportJobWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in jobs.Queue.ReadAllAsync(stoppingToken))
        {
            await RunAsync(job, stoppingToken);
        }
    }

    private async Task RunAsync(ImportJob job, CancellationToken cancellationToken)
    {
        job.State = ImportJobState.Running;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SignpostDbContext>();
            var progress = new Progress<ImportProgress>(p =>
            {
                job.Records = p.Records;
                job.Fraction = p.Fraction;
            });
            job.Report = await FeedImport.RunAsync(db, clock, job.FeedPath, job.Format, job.Options, progress, cancellationToken);
            job.State = job.Report.Failure is null ? ImportJobState.Finished : ImportJobState.Failed;
            job.Error = job.Report.Failure;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Import of {File} failed", job.FileName);
            job.State = ImportJobState.Failed;
            job.Error = "The import stopped because of an error on the server. Batches saved before it are kept; the batch it was working on was not saved.";
        }
        finally
        {
            job.FinishedAt = clock.GetUtcNow();
            job.Fraction = 1;
            TryDelete(job.Folder);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
