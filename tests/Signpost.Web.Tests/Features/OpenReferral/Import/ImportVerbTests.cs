using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Signpost.Web.Tests.Features.OpenReferral.Import;

/// <summary>The import verb, run as a deployer would run the built site, against a throwaway data folder.</summary>
public sealed class ImportVerbTests : IDisposable
{
    private readonly string dataFolder = Directory.CreateTempSubdirectory("signpost-import-verb-").FullName;

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Features", "OpenReferral", "Import", "Fixtures", name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataFolder, recursive: true);
    }

    [Fact]
    public async Task Import_reports_each_record_and_a_second_run_changes_nothing()
    {
        var first = await RunAsync(["import", Fixture("council-feed.json"), "--source", "council"]);
        var second = await RunAsync(["import", Fixture("council-feed.json"), "--source", "council"]);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("3 records: 2 created, 0 updated, 0 unchanged, 1 skipped", first.Output);
        Assert.Contains("record 3 (id feed-xylo-3): skipped: it has no name", first.Output);
        Assert.Contains("100%", first.Output);
        Assert.Contains("3 records: 0 created, 0 updated, 2 unchanged, 1 skipped", second.Output);
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM Services WHERE Name LIKE 'Xylophone%'"));
        Assert.Equal(2, await CountAsync("SELECT COUNT(*) FROM ImportLinks WHERE Kind = 'Service' AND Source = 'council'"));
    }

    [Fact]
    public async Task A_dry_run_saves_nothing()
    {
        var result = await RunAsync(["import", Fixture("council-feed.json"), "--dry-run"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(dry run: nothing was saved)", result.Output);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM Services"));
    }

    [Theory]
    [InlineData(new[] { "import" }, "import needs a feed file or folder")]
    [InlineData(new[] { "import", "/no/such/feed.json" }, "There is no file or folder at /no/such/feed.json")]
    [InlineData(new[] { "import", "FIXTURE", "--format", "xml" }, "'xml' is not a feed format")]
    [InlineData(new[] { "import", "FIXTURE", "--organisation", "nobody" }, "No organisation has the slug 'nobody'")]
    public async Task Bad_arguments_give_a_clear_message_and_a_non_zero_exit(string[] args, string message)
    {
        var result = await RunAsync(args.Select(a => a == "FIXTURE" ? Fixture("council-feed.json") : a).ToArray());

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Output);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "signpost.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string[] args)
    {
        var root = RepoPaths.Root;
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var site = Path.Combine(root, "src", "Signpost.Web", "bin", configuration, "net10.0", "Signpost.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(root, "src", "Signpost.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(site);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add($"--Signpost:DataPath={dataFolder}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
