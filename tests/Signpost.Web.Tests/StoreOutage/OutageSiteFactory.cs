namespace Signpost.Web.Tests.StoreOutage;

/// <summary>The real app on a PostgreSQL server of the test's own (<see cref="ThrowawayPostgres"/>), which the test stops and starts.</summary>
internal sealed class OutageSiteFactory(string connectionString) : SignpostWebFactory(new Dictionary<string, string>
{
    ["Database:Provider"] = "Postgres",
    ["Database:ConnectionString"] = connectionString,
});
