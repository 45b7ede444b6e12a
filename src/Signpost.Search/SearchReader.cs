using Microsoft.Data.Sqlite;

namespace Signpost.Search;

/// <summary>A pooled read connection with its statements prepared once and reused for every search.</summary>
internal sealed class SearchReader : IDisposable
{
    public const char MarkStart = '\u0001';
    public const char MarkEnd = '\u0002';

    private readonly SqliteConnection connection;
    private readonly SqliteCommand ranked;
    private readonly SqliteCommand rows;
    private readonly SqliteCommand exists;

    /// <summary>More than any index will be: memdb hands out pointers into its own buffer, nothing is mapped from a file.</summary>
    private const long MapBytes = 1L << 40;

    public SearchReader(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            // Pages are read in place from the memdb buffer (memdb maps, it does not copy), so no reader keeps a
            // private copy of the hot FTS5 pages: four readers' 8 MB caches were a tenth of a 50,000-service node.
            // Writes never meet a mapping: the index's lock keeps them apart from every read.
            pragma.CommandText = $"PRAGMA mmap_size = {MapBytes}; PRAGMA cache_size = -1000; PRAGMA query_only = true;";
            pragma.ExecuteNonQuery();
        }

        // bm25 is negated so that bigger is better; weights: name, terms, organisation, summary, description.
        ranked = Command("SELECT rowid, -bm25(service_text, 10.0, 5.0, 2.0, 2.0, 1.0) FROM service_text WHERE service_text MATCH $q", "$q");
        // One row holding every id: stepping 20,000 rows through ADO.NET costs ten times more than parsing one string.
        rows = Command("SELECT group_concat(rowid) FROM service_text WHERE service_text MATCH $q", "$q");
        exists = Command("SELECT 1 FROM service_text WHERE service_text MATCH $q LIMIT 1", "$q");
    }

    /// <summary>Every matching service with its BM25 score: one pass gives both the count and the ranking input.</summary>
    public void Ranked(string match, List<long> rowsOut, List<double> scoresOut)
    {
        ranked.Parameters[0].Value = match;
        using var reader = ranked.ExecuteReader();
        while (reader.Read())
        {
            rowsOut.Add(reader.GetInt64(0));
            scoresOut.Add(reader.GetDouble(1));
        }
    }

    /// <summary>Matching rows without scoring.</summary>
    public void Rows(string match, List<long> rowsOut)
    {
        rows.Parameters[0].Value = match;
        using var reader = rows.ExecuteReader();
        if (!reader.Read() || reader.IsDBNull(0))
        {
            return;
        }

        var text = reader.GetString(0).AsSpan();
        long value = 0;
        foreach (var c in text)
        {
            if (c == ',')
            {
                rowsOut.Add(value);
                value = 0;
            }
            else
            {
                value = (value * 10) + (c - '0');
            }
        }

        rowsOut.Add(value);
    }

    public bool Exists(string match)
    {
        exists.Parameters[0].Value = match;
        return exists.ExecuteScalar() is not null;
    }

    public void Dispose()
    {
        foreach (var command in new[] { ranked, rows, exists })
        {
            command.Dispose();
        }

        connection.Dispose();
    }

    private SqliteCommand Command(string sql, params string[] parameters) => SqliteCommands.Prepare(connection, sql, parameters);
}
