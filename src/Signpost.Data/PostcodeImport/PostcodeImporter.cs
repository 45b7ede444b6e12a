using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Rules;
using Signpost.Data.Seed;

namespace Signpost.Data.PostcodeImport;

/// <summary>
/// Streams a national postcode file (1.7 million rows) into the store in batches, without
/// holding it in memory, then recomputes each district's centroid from its postcodes.
/// Terminated postcodes and those without a grid reference are skipped and counted.
/// </summary>
public sealed class PostcodeImporter(SignpostDbContext db)
{
    public const int BatchSize = 20_000;

    public async Task<PostcodeImportReport> ImportAsync(string path, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new StreamReader(stream);
        using var rows = SimpleCsv.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new InvalidDataException($"{path} is empty.");
        }

        var layout = PostcodeFileLayout.Detect(rows.Current.Fields);
        var districts = new Dictionary<string, (double Lat, double Lon, int Count)>(StringComparer.Ordinal);
        long read = 0, imported = 0, noLocation = 0, terminated = 0, malformed = 0;
        var batch = new List<(string Postcode, double Lat, double Lon)>(BatchSize);
        var pending = layout.HasHeader ? rows.MoveNext() : true;
        while (pending)
        {
            var fields = rows.Current.Fields;
            read++;
            switch (layout.Read(fields, out var postcode, out var lat, out var lon))
            {
                case PostcodeRow.Valid:
                    batch.Add((postcode!, lat, lon));
                    var district = Postcodes.District(postcode!);
                    var sum = districts.GetValueOrDefault(district);
                    districts[district] = (sum.Lat + lat, sum.Lon + lon, sum.Count + 1);
                    break;
                case PostcodeRow.NoLocation:
                    noLocation++;
                    break;
                case PostcodeRow.Terminated:
                    terminated++;
                    break;
                default:
                    malformed++;
                    break;
            }

            if (batch.Count == BatchSize)
            {
                imported += await WriteAsync(batch, isDistrict: false, cancellationToken);
                progress?.Report(stream.Length == 0 ? 1 : (double)stream.Position / stream.Length);
            }

            pending = rows.MoveNext();
        }

        imported += await WriteAsync(batch, isDistrict: false, cancellationToken);
        var centroids = districts.Select(d => (d.Key, d.Value.Lat / d.Value.Count, d.Value.Lon / d.Value.Count)).ToList();
        var districtCount = await WriteAsync(centroids, isDistrict: true, cancellationToken);
        progress?.Report(1);
        return new PostcodeImportReport(layout.Format, read, imported, noLocation, terminated, malformed, districtCount);
    }

    private async Task<int> WriteAsync(List<(string Postcode, double Lat, double Lon)> batch, bool isDistrict, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (connection is Npgsql.NpgsqlConnection npgsql)
        {
            await PostcodeCopyWriter.WriteAsync(npgsql, (Npgsql.NpgsqlTransaction)transaction, batch, isDistrict, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            var copied = batch.Count;
            batch.Clear();
            return copied;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO \"Postcodes\" (\"Postcode\", \"Latitude\", \"Longitude\", \"IsDistrict\") VALUES (@p, @lat, @lon, @d) " +
            "ON CONFLICT (\"Postcode\") DO UPDATE SET \"Latitude\" = excluded.\"Latitude\", \"Longitude\" = excluded.\"Longitude\", \"IsDistrict\" = excluded.\"IsDistrict\"";
        var code = Parameter(command, "@p");
        var latitude = Parameter(command, "@lat");
        var longitude = Parameter(command, "@lon");
        Parameter(command, "@d").Value = isDistrict;
        await command.PrepareAsync(cancellationToken);
        foreach (var (postcode, lat, lon) in batch)
        {
            code.Value = postcode;
            latitude.Value = lat;
            longitude.Value = lon;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
