using Npgsql;
using NpgsqlTypes;

namespace Signpost.Data.PostcodeImport;

/// <summary>
/// PostgreSQL's way to write a batch of postcodes: binary COPY into a temporary table, then one upsert
/// from it. A prepared INSERT per row costs a round trip each, which at the ONS directory's 2.7 million
/// rows is minutes; COPY streams them.
/// </summary>
internal static class PostcodeCopyWriter
{
    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<(string Postcode, double Lat, double Lon)> batch, bool isDistrict, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, "CREATE TEMP TABLE IF NOT EXISTS postcode_batch (code text, lat double precision, lon double precision) ON COMMIT DELETE ROWS", cancellationToken);
        await using (var import = await connection.BeginBinaryImportAsync("COPY postcode_batch (code, lat, lon) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (postcode, lat, lon) in batch)
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(postcode, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(lat, NpgsqlDbType.Double, cancellationToken);
                await import.WriteAsync(lon, NpgsqlDbType.Double, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        // A file may list a postcode twice; the last one wins, as it does with one INSERT per row.
        await ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO \"Postcodes\" (\"Postcode\", \"Latitude\", \"Longitude\", \"IsDistrict\") " +
            $"SELECT DISTINCT ON (code) code, lat, lon, {(isDistrict ? "TRUE" : "FALSE")} FROM postcode_batch ORDER BY code, ctid DESC " +
            "ON CONFLICT (\"Postcode\") DO UPDATE SET \"Latitude\" = excluded.\"Latitude\", \"Longitude\" = excluded.\"Longitude\", \"IsDistrict\" = excluded.\"IsDistrict\"",
            cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
