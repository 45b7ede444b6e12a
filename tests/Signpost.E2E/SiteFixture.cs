using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Signpost.E2E;

/// <summary>
/// Runs the real Signpost.Web app on Kestrel at a loopback port so that a real
/// browser can reach it (the in-memory TestServer cannot be browsed).
/// One instance is shared by the whole <see cref="E2ECollection"/>. Its store is a SQLite file in
/// its data folder, or with SIGNPOST_TEST_PROVIDER=Postgres a PostgreSQL database of its own,
/// dropped on dispose (see <see cref="TestPostgres"/>).
/// </summary>
public class SiteFixture : IAsyncLifetime
{
    public const string EnvironmentName = "Testing";

    private readonly SignpostAppFactory _factory;

    private readonly string? _ownDatabase;

    public SiteFixture()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>A site with settings of its own (e.g. a map tile host), for the few tests that need them.</summary>
    protected SiteFixture(IReadOnlyDictionary<string, string> settings)
    {
        // A fresh folder per run, so journeys never see data from an earlier run
        // or from a developer's own instance.
        DataPath = Directory.CreateTempSubdirectory("signpost-e2e-data-").FullName;
        if (TestPostgres.IsPostgres && !settings.ContainsKey("Database:ConnectionString"))
        {
            _ownDatabase = TestPostgres.CreateDatabase();
            settings = new Dictionary<string, string>(settings)
            {
                ["Database:Provider"] = "Postgres",
                ["Database:ConnectionString"] = _ownDatabase,
            };
        }

        _factory = new SignpostAppFactory(DataPath, settings);
    }

    /// <summary>Root URL of the running site, without a trailing slash, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The temporary folder passed to the app as Signpost:DataPath.</summary>
    public string DataPath { get; }

    /// <summary>The app's services, for arranging data or reading state behind the UI.</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>Absolute URL for an app-relative path such as "/" or "/services?q=food".</summary>
    public string Url(string path) => BaseUrl + (path.StartsWith('/') ? path : "/" + path);

    public Task InitializeAsync()
    {
        // Port 0 lets the OS choose a free port; nothing else can take it
        // between choosing and binding, unlike probing for one first.
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();

        var addresses = _factory.Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException(
                "Kestrel reported no http address: " + string.Join(", ", addresses ?? []));
        BaseUrl = address.TrimEnd('/');
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (_ownDatabase is not null)
        {
            TestPostgres.DropDatabase(_ownDatabase);
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not turn a green run red; the OS temp
            // cleaner removes leftovers.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed class SignpostAppFactory(string dataPath, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // UseSetting goes into host configuration, which the factory passes to
            // WebApplication.CreateBuilder as arguments; so Program sees these values
            // even when it reads them before builder.Build() (ConfigureAppConfiguration
            // would only apply after Build).
            builder.UseEnvironment(EnvironmentName);
            builder.UseSetting("Signpost:DataPath", dataPath);
            builder.UseSetting("Signpost:ShowDemoBanner", "true");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
