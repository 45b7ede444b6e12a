using Microsoft.EntityFrameworkCore;
using Signpost.Data;
using Signpost.Data.OpenReferralImport;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Features.OpenReferral.Import;

/// <summary>
/// <c>dotnet run --project src/Signpost.Web -- import feed.json [--format oruk3|oruk1|csv] [--organisation slug] [--source name] [--dry-run] [--drafts]</c>:
/// imports a feed file or folder with a progress bar on standard error, then prints the report.
/// </summary>
public static class ImportVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var path = Positional(args);
        if (path is null || !FeedReader.Exists(path))
        {
            return CommandLineVerbs.Usage(path is null ? "import needs a feed file or folder." : $"There is no file or folder at {path}.");
        }

        FeedFormat? format;
        try
        {
            format = FeedImport.ParseFormat(Option(args, "--format"));
        }
        catch (ArgumentException ex)
        {
            return CommandLineVerbs.Usage(ex.Message);
        }

        var db = services.GetRequiredService<SignpostDbContext>();
        Directory.CreateDirectory(services.GetRequiredService<SignpostPaths>().DataFolder);
        await db.Database.MigrateAsync();
        var options = new ImportOptions(
            Option(args, "--source") ?? FeedImport.DefaultSource(path),
            Option(args, "--organisation"),
            DryRun: args.Contains("--dry-run"),
            AsDrafts: args.Contains("--drafts"),
            ActorId: "command-line",
            ActorName: $"import verb ({Environment.UserName})");
        var progress = new ImportProgressBar(Console.Error);
        var report = await FeedImport.RunAsync(db, services.GetRequiredService<TimeProvider>(), path, format, options, progress, CancellationToken.None);
        Console.Error.WriteLine();
        foreach (var record in report.Records)
        {
            var name = record.Name is null ? "" : $" \"{record.Name}\"";
            var id = record.SourceId is null ? "" : $" (id {record.SourceId})";
            Console.WriteLine($"record {record.Position}{id}{name}: {record.Outcome.ToString().ToLowerInvariant()}{(record.Reason is null ? "" : $": {record.Reason}")}");
            foreach (var warning in record.Warnings)
            {
                Console.WriteLine($"    {warning}");
            }
        }

        Console.WriteLine($"Imported {path} as '{options.Source}': {report}");
        if (report.Failure is not null)
        {
            Console.Error.WriteLine(report.Failure);
            return 1;
        }

        return 0;
    }

    private static string? Positional(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--format" or "--organisation" or "--source")
            {
                i++;
                continue;
            }

            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return args[i];
            }
        }

        return null;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
