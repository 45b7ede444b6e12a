using Microsoft.Data.Sqlite;

namespace Signpost.Search;

/// <summary>
/// FTS5's own Porter stem of a query word the index has never seen as written ("clubbing" may still find
/// "club"), from a private scratch database: asking the index's database would be a write during a search.
/// Answers are remembered, so each new word costs one round trip once.
/// </summary>
internal sealed class QueryStemmer : IDisposable
{
    private const int MaxRemembered = 20_000;
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> remembered = new(StringComparer.Ordinal);
    private readonly SqliteConnection connection;
    private readonly SqliteCommand insert;
    private readonly SqliteCommand read;
    private readonly SqliteCommand clear;
    private SqliteCommand? batchInsert;
    private SqliteCommand? batchRead;

    public QueryStemmer()
    {
        connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE VIRTUAL TABLE probe USING fts5(word, tokenize='porter unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE probe_instance USING fts5vocab(probe, instance);
                """;
            create.ExecuteNonQuery();
        }

        insert = Command("INSERT INTO probe(rowid, word) VALUES (1, $word)", "$word");
        read = Command("SELECT term FROM probe_instance ORDER BY offset LIMIT 1");
        clear = Command("DELETE FROM probe");
    }

    /// <summary>The stem FTS5 indexes <paramref name="word"/> under, or null when it is no token at all.</summary>
    public string? Stem(string word)
    {
        lock (gate)
        {
            if (remembered.TryGetValue(word, out var known))
            {
                return known.Length == 0 ? null : known;
            }

            insert.Parameters[0].Value = word;
            insert.ExecuteNonQuery();
            var stem = read.ExecuteScalar() as string;
            clear.ExecuteNonQuery();
            if (remembered.Count >= MaxRemembered)
            {
                remembered.Clear();
            }

            remembered[word] = stem ?? string.Empty;
            return stem;
        }
    }

    /// <summary>
    /// FTS5's stems of many words at once, the word itself where it gives no token (as <see cref="SearchDatabase.Stems"/>):
    /// a build stems each service's new words here, on the preparing core, while the index's own connection is busy writing.
    /// </summary>
    public string[] Stems(IReadOnlyList<string> words)
    {
        var stems = new string[words.Count];
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            batchInsert ??= Command("INSERT INTO probe(rowid, word) VALUES ($row, $word)", "$row", "$word");
            batchRead ??= Command("SELECT doc, term FROM probe_instance ORDER BY doc, offset");
            batchInsert.Transaction = transaction;
            batchRead.Transaction = transaction;
            clear.Transaction = transaction;
            for (var i = 0; i < words.Count; i++)
            {
                batchInsert.Parameters[0].Value = i;
                batchInsert.Parameters[1].Value = words[i];
                batchInsert.ExecuteNonQuery();
            }

            using (var reader = batchRead.ExecuteReader())
            {
                while (reader.Read())
                {
                    stems[reader.GetInt32(0)] ??= reader.GetString(1);
                }
            }

            clear.ExecuteNonQuery();
            transaction.Commit();
            batchInsert.Transaction = null;
            batchRead.Transaction = null;
            clear.Transaction = null;
        }

        for (var i = 0; i < stems.Length; i++)
        {
            stems[i] ??= words[i];
        }

        return stems;
    }

    public void Dispose()
    {
        insert.Dispose();
        read.Dispose();
        batchInsert?.Dispose();
        batchRead?.Dispose();
        clear.Dispose();
        connection.Dispose();
    }

    private SqliteCommand Command(string sql, params string[] parameters) => SqliteCommands.Prepare(connection, sql, parameters);
}
