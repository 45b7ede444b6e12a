using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Signpost.Web.Features.OpenReferral.Import;

/// <summary>
/// Uploaded feeds waiting for or under import on this node, run one at a time (SQLite has one writer,
/// and two imports of one feed must not race), and the last few finished ones for their reports.
/// </summary>
public sealed class ImportJobs(IOptions<ImportUploadOptions> options)
{
    private readonly ConcurrentDictionary<Guid, ImportJob> jobs = new();
    private readonly Channel<ImportJob> queue = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<ImportJob> Queue => queue.Reader;

    public void Enqueue(ImportJob job)
    {
        Forget();
        jobs[job.Id] = job;
        queue.Writer.TryWrite(job);
    }

    public ImportJob? Find(Guid id) => jobs.GetValueOrDefault(id);

    private void Forget()
    {
        foreach (var old in jobs.Values.Where(j => j.IsDone).OrderByDescending(j => j.FinishedAt).Skip(options.Value.KeepFinishedJobs - 1).ToList())
        {
            jobs.TryRemove(old.Id, out _);
        }
    }
}
