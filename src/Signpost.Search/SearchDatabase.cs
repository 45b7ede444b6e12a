using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Signpost.Search;

/// <summary>
/// One in-memory SQLite database on the memdb VFS: a writer connection that lives as long as the
/// database (the last connection closing would free it) and a pool of read connections, each with
/// its own page cache. Shared-cache mode would serialise every step of every reader on one mutex;
/// memdb shares only the bytes, so searches on different cores run in parallel. The index's
/// reader-writer lock keeps writes and reads apart.
/// </summary>
internal sealed class SearchDatabase : IDisposable
{
    public const string FtsColumns = "name, terms, organisation, summary, description";

    public static readonly int MaxReaders = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>FTS5's default for 'hashsize', and what a bulk load uses instead (freed again when the load commits).</summary>
    private const int DefaultHashSize = 1024 * 1024;
    private const int BulkHashSize = 64 * 1024 * 1024;

    private readonly string connectionString;
    private readonly SqliteConnection writer;
    private readonly ConcurrentBag<SearchReader> readers = [];

    /// <summary>
    /// Searches are CPU-bound, so more of them at once than twice the cores only adds switching; each reader
    /// also keeps a page cache and a candidate list, so the cap bounds memory under a burst of requests too.
    /// </summary>
    private readonly SemaphoreSlim readerSlots = new(MaxReaders, MaxReaders);
    private readonly SqliteCommand insertService;
    private readonly SqliteCommand deleteService;
    private readonly SqliteCommand insertStemWord;
    private SqliteTransaction? currentTransaction;
    private bool disposed;

    public SearchDatabase()
    {
        // A name starting with "/" makes the memdb database visible to every connection of this process.
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = "file:/signpost-search-" + Guid.NewGuid().ToString("N") + "?vfs=memdb",
            Pooling = false,
        }.ToString();
        writer = new SqliteConnection(connectionString);
        writer.Open();
        // The database lives only in memory and is rebuilt from the store on any failure: no journal, no syncs.
        // FTS5 keeps no copy of the texts (contentless): the engine holds names already and summaries and
        // descriptions apart (RowTexts), and a copy here was two thirds of the database.
        Execute("PRAGMA page_size = 8192; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = MEMORY;");
        Execute($"""
            CREATE VIRTUAL TABLE service_text USING fts5({FtsColumns}, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE word_stem USING fts5(word, tokenize='porter unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE word_stem_instance USING fts5vocab(word_stem, instance);
            """);
        insertService = Prepare("INSERT INTO service_text(rowid, name, terms, organisation, summary, description) VALUES ($row, $name, $terms, $organisation, $summary, $description)",
            "$row", "$name", "$terms", "$organisation", "$summary", "$description");
        deleteService = Prepare("DELETE FROM service_text WHERE rowid = $row", "$row");
        insertStemWord = Prepare("INSERT INTO word_stem(rowid, word) VALUES ($row, $word)", "$row", "$word");
    }

    /// <summary>The Porter stem FTS5 gives each word (the word itself if it gives no token), via a scratch table emptied again.</summary>
    public string[] Stems(IReadOnlyList<string> words)
    {
        var stems = new string[words.Count];
        InTransaction(() =>
        {
            for (var i = 0; i < words.Count; i++)
            {
                Run(insertStemWord, i, words[i]);
            }

            using var command = writer.CreateCommand();
            command.Transaction = currentTransaction;
            command.CommandText = "SELECT doc, term FROM word_stem_instance ORDER BY doc, offset";
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    var doc = reader.GetInt32(0);
                    stems[doc] ??= reader.GetString(1);
                }
            }

            Execute("DELETE FROM word_stem;");
        });
        for (var i = 0; i < stems.Length; i++)
        {
            stems[i] ??= words[i];
        }

        return stems;
    }

    /// <summary>Runs <paramref name="write"/> in one transaction: one commit for a whole build is what makes it fast.</summary>
    public void InTransaction(Action write)
    {
        using var transaction = writer.BeginTransaction();
        currentTransaction = transaction;
        try
        {
            write();
            transaction.Commit();
        }
        finally
        {
            currentTransaction = null;
        }
    }

    public void InsertService(long row, string name, string terms, string organisation, string summary, string description)
    {
        Run(insertService, row, name, terms, organisation, summary, description);
    }

    public void DeleteService(long row) => Run(deleteService, row);


    /// <summary>
    /// During a bulk load, merging segments as they pile up is wasted work. FTS5 writes a segment each time its
    /// pending terms pass 'hashsize' (1 MB by default), and merges them as they pile up (crisis merges even with
    /// automerge off) and again in the final 'optimize'; holding a 50,000-service build's terms in memory writes one.
    /// </summary>
    public void BeginBulkLoad() => Execute($"""
        INSERT INTO service_text(service_text, rank) VALUES('automerge', 0);
        INSERT INTO service_text(service_text, rank) VALUES('hashsize', {BulkHashSize});
        """);

    /// <summary>
    /// Merges whatever segments the load wrote into one, which makes every later query cheaper, and puts back the
    /// settings for the small writes that follow (one service at a time).
    /// </summary>
    public void EndBulkLoad() => Execute($"""
        INSERT INTO service_text(service_text) VALUES('optimize');
        INSERT INTO service_text(service_text, rank) VALUES('automerge', 4);
        INSERT INTO service_text(service_text, rank) VALUES('hashsize', {DefaultHashSize});
        """);

    /// <summary>A reader for one search, waiting for one to come back when <see cref="MaxReaders"/> are out.</summary>
    public SearchReader RentReader()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        readerSlots.Wait();
        try
        {
            return readers.TryTake(out var reader) ? reader : new SearchReader(connectionString);
        }
        catch
        {
            readerSlots.Release();
            throw;
        }
    }

    public void ReturnReader(SearchReader reader)
    {
        if (disposed)
        {
            reader.Dispose();
        }
        else
        {
            readers.Add(reader);
        }

        readerSlots.Release();
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        while (readers.TryTake(out var reader))
        {
            reader.Dispose();
        }

        foreach (var command in new[] { insertService, deleteService, insertStemWord })
        {
            command.Dispose();
        }

        writer.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = writer.CreateCommand();
        command.Transaction = currentTransaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters) => SqliteCommands.Prepare(writer, sql, parameters);

    private void Run(SqliteCommand command, params object[] values)
    {
        // The command joins whatever transaction the writer has open; SQLite allows only one per connection.
        command.Transaction = currentTransaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

}
