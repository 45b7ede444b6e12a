using System.Data.Common;
using Microsoft.Data.Sqlite;
using Signpost.Web.Features.Search;

namespace Signpost.Web.Tests.Search;

public sealed class ServiceRowStreamTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public ServiceRowStreamTests()
    {
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE numbers(n INTEGER);
            WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 10000) INSERT INTO numbers SELECT n FROM c;
            """;
        create.ExecuteNonQuery();
    }

    [Fact]
    public async Task Rows_come_in_the_order_read_past_the_queue_limit()
    {
        await using var stream = ServiceRowStream.Start(Query, Row, CancellationToken.None);

        var names = stream.Rows().Select(r => r.Name).ToList();

        Assert.Equal(Enumerable.Range(1, 10000).Select(n => $"Service {n}"), names);
    }

    [Fact]
    public async Task A_read_that_fails_part_way_throws_instead_of_ending_early()
    {
        await using var stream = ServiceRowStream.Start(
            Query,
            reader => reader.GetInt32(0) == 5000 ? throw new InvalidOperationException("the store went away") : Row(reader),
            CancellationToken.None);

        var taken = 0;
        var failure = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var _ in stream.Rows())
            {
                taken++;
            }
        });

        Assert.Equal("the store went away", failure.Message);
        Assert.Equal(4999, taken);
    }

    [Fact]
    public async Task A_query_that_cannot_run_throws_from_the_rows()
    {
        await using var stream = ServiceRowStream.Start(() => throw new SqliteException("no such table: services", 1), Row, CancellationToken.None);

        Assert.Throws<SqliteException>(() => stream.Rows().ToList());
    }

    [Fact]
    public async Task Stopping_early_releases_a_reader_waiting_on_a_full_queue()
    {
        var stream = ServiceRowStream.Start(Query, Row, CancellationToken.None);
        Assert.Equal(10, stream.Rows().Take(10).Count());

        await stream.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        // The reader has let go of the connection: another query runs on it.
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM numbers";
        Assert.Equal(10000L, count.ExecuteScalar());
    }

    public void Dispose() => connection.Dispose();

    private DbCommand Query()
    {
        var command = connection.CreateCommand();
        command.CommandText = "SELECT n FROM numbers ORDER BY n";
        return command;
    }

    private static PublishedServiceRow Row(DbDataReader reader) => new(
        Guid.NewGuid(), "slug", $"Service {reader.GetInt32(0)}", "Summary", "Description", Guid.Empty, null, null, false,
        [], [], [], [], "locations", [], null);
}
