namespace Signpost.Web.Tests.ScaleOut;

/// <summary>
/// The store several test nodes share: a SQLite file in a temporary folder, or the PostgreSQL server
/// test.sh starts when SIGNPOST_TEST_PROVIDER=Postgres (with SIGNPOST_TEST_POSTGRES), the same
/// switch the rest of the suite uses for its provider.
/// </summary>
public sealed class ScaleOutStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("signpost-shared-store-").FullName;

    public IReadOnlyDictionary<string, string> Settings
    {
        get
        {
            if (string.Equals(Environment.GetEnvironmentVariable("SIGNPOST_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase))
            {
                return new Dictionary<string, string>
                {
                    ["Database:Provider"] = "Postgres",
                    ["Database:ConnectionString"] = Environment.GetEnvironmentVariable("SIGNPOST_TEST_POSTGRES")
                        ?? throw new InvalidOperationException("SIGNPOST_TEST_PROVIDER=Postgres needs SIGNPOST_TEST_POSTGRES (./test.sh sets both)."),
                };
            }

            return new Dictionary<string, string> { ["Database:ConnectionString"] = $"Data Source={Path.Combine(_folder, "shared.db")}" };
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
