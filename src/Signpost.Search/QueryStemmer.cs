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

    public void Dispose()
    {
        insert.Dispose();
        read.Dispose();
        clear.Dispose();
        connection.Dispose();
    }

    private SqliteCommand Command(string sql, params string[] parameters) => SqliteCommands.Prepare(connection, sql, parameters);
}
