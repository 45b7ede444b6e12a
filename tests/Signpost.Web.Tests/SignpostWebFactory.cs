using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Data;

namespace Signpost.Web.Tests;

/// <summary>
/// The real app on the in-memory test server, with its own store (a SQLite file in a fresh temporary
/// folder, or with SIGNPOST_TEST_PROVIDER=Postgres a fresh PostgreSQL database) and the repository's
/// content-seed imported at start. Used as a class or collection
/// fixture so the app starts and seeds once for many tests.
/// </summary>
public class SignpostWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string EnvironmentName = "Testing";

    private readonly IReadOnlyDictionary<string, string> _settings;

    public SignpostWebFactory()
        : this(new Dictionary<string, string>())
    {
    }

    protected SignpostWebFactory(IReadOnlyDictionary<string, string> settings)
    {
        _settings = settings;
        DataPath = Directory.CreateTempSubdirectory("signpost-web-tests-").FullName;
    }

    /// <summary>The temporary folder passed to the app as Signpost:DataPath.</summary>
    public string DataPath { get; }

    /// <summary>
    /// The store settings a second node needs to share this one's store: on PostgreSQL (SIGNPOST_TEST_PROVIDER)
    /// the database this factory created, empty on SQLite, where the shared DataPath is enough.
    /// </summary>
    public IReadOnlyDictionary<string, string> StoreSettings => OwnDatabase is null
        ? new Dictionary<string, string>()
        : new Dictionary<string, string> { ["Database:Provider"] = "Postgres", ["Database:ConnectionString"] = OwnDatabase };

    /// <summary>The PostgreSQL database this factory created for its app, dropped on dispose; null on SQLite.</summary>
    private string? OwnDatabase { get; set; }

    /// <summary>A scope with the app's own store, for arranging data and checking pages against it.</summary>
    public (AsyncServiceScope Scope, SignpostDbContext Db) OpenStore()
    {
        var scope = Services.CreateAsyncScope();
        return (scope, scope.ServiceProvider.GetRequiredService<SignpostDbContext>());
    }

    /// <summary>A client that does not follow redirects or keep cookies, so tests see exactly what the app sends.</summary>
    public HttpClient CreatePlainClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting reaches host configuration, which Program reads before Build; the options
        // validated at start would not see values added later with ConfigureAppConfiguration.
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Signpost:DataPath", DataPath);
        builder.UseSetting("Signpost:ContentSeedPath", RepoPaths.ContentSeed);
        builder.UseSetting("Signpost:SeedOnStart", "true");
        builder.UseSetting("Signpost:ShowDemoBanner", "true");
        if (TestPostgres.IsPostgres && !_settings.ContainsKey("Database:ConnectionString"))
        {
            OwnDatabase ??= TestPostgres.CreateDatabase();
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("Database:ConnectionString", OwnDatabase);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public Task InitializeAsync()
    {
        // Starting here, not on first request, keeps the seeding cost out of whichever test runs first.
        _ = Server;
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();

        if (OwnDatabase is not null)
        {
            TestPostgres.DropDatabase(OwnDatabase);
        }

        // Pooled SQLite connections keep the file open; release them so the folder can go.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not turn a green run red; the OS cleans temp.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
