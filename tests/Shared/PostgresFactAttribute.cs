namespace Signpost.Tests.Shared;

/// <summary>
/// A test that needs a PostgreSQL server whichever provider the run uses. Without SIGNPOST_TEST_POSTGRES it
/// is skipped on a developer's machine, but not under CI (CI=true), where it then fails loudly.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestPostgres.ServerVariable)) && !TestPostgres.IsCi)
        {
            Skip = $"Needs a PostgreSQL server in {TestPostgres.ServerVariable} (./test.sh starts one).";
        }
    }
}
