using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Signpost.Web.Tests.CommandLine;

/// <summary>
/// The verbs run the real built site executable as a deployer would, against a throwaway data
/// folder (or, in the PostgreSQL run, an empty database), and are checked by reading the store it leaves behind.
/// </summary>
public sealed class CommandLineVerbsTests : IDisposable
{
    private readonly string dataFolder = Directory.CreateTempSubdirectory("signpost-verbs-").FullName;
    private readonly string? database = TestPostgres.IsPostgres ? TestPostgres.CreateEmptyDatabase() : null;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataFolder, recursive: true);
        if (database is not null)
        {
            TestPostgres.DropDatabase(database);
        }
    }

    [Fact]
    public async Task Migrate_applies_the_migrations_once_and_then_reports_the_store_up_to_date()
    {
        var first = await RunAsync(["migrate"]);
        var second = await RunAsync(["migrate"]);

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"Applied \d+ migration\(s\) to the \S+ store: .*_InitialCreate", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("store is up to date", second.Output);
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM \"Services\""));
    }

    [Fact]
    public async Task Seed_imports_the_demo_area_and_a_second_run_changes_nothing()
    {
        var first = await RunAsync(["seed"]);
        var second = await RunAsync(["seed"]);

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"Imported .*: 1\d\d services", first.Output);
        Assert.Contains("(0 created, 0 updated)", second.Output);
        Assert.True(await CountAsync("SELECT COUNT(*) FROM \"Services\"") >= 120);
    }

    [Fact]
    public async Task Create_user_with_a_generated_password_prints_it_once_and_stores_the_role_and_organisation()
    {
        var result = await RunAsync(["create-user", "jo@example.org", "--role", "editor", "--organisation", "halton-youth-service"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"Created jo@example\.org \(Editor\) with password \S{20} \(shown once\)", result.Output);
        Assert.Equal(1, await CountAsync(
            """
            SELECT COUNT(*) FROM "AspNetUsers" u JOIN "AspNetUserRoles" ur ON ur."UserId" = u."Id" JOIN "AspNetRoles" r ON r."Id" = ur."RoleId"
            JOIN "Organisations" o ON o."Id" = u."OrganisationId" WHERE u."Email" = 'jo@example.org' AND r."Name" = 'Editor' AND o."Slug" = 'halton-youth-service'
            """));
    }

    [Fact]
    public async Task Create_user_reads_the_password_from_standard_input_and_never_prints_it()
    {
        var result = await RunAsync(["create-user", "sam@example.org", "--role", "DirectoryManager", "--password-stdin"], input: "a long enough pass phrase\n");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("a long enough pass phrase", result.Output);
        Assert.Contains("with the password from standard input", result.Output);
    }

    [Theory]
    [InlineData(new[] { "create-user", "jo@example.org", "--role", "emperor" }, "'emperor' is not a role")]
    [InlineData(new[] { "create-user", "jo@example.org", "--role", "Editor" }, "An editor belongs to one organisation")]
    [InlineData(new[] { "create-user", "jo@example.org", "--role", "Editor", "--organisation", "nobody" }, "No organisation has the slug 'nobody'")]
    [InlineData(new[] { "create-user", "not-an-email", "--role", "Editor" }, "needs an email address")]
    [InlineData(new[] { "frobnicate" }, "Unknown command 'frobnicate'")]
    public async Task Bad_arguments_give_a_clear_message_and_a_non_zero_exit(string[] args, string message)
    {
        var result = await RunAsync(args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Output);
        Assert.Contains("Usage:", result.Output);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using DbConnection connection = database is null
            ? new SqliteConnection($"Data Source={Path.Combine(dataFolder, "signpost.db")};Pooling=False")
            : new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string[] args, string? input = null)
    {
        var root = RepoPaths.Root;
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var site = Path.Combine(root, "src", "Signpost.Web", "bin", configuration, "net10.0", "Signpost.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(root, "src", "Signpost.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(site);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add($"--Signpost:DataPath={dataFolder}");
        if (database is not null)
        {
            start.ArgumentList.Add("--Database:Provider=Postgres");
            start.ArgumentList.Add($"--Database:ConnectionString={database}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
