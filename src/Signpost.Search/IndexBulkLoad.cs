using System.Collections.Concurrent;

namespace Signpost.Search;

/// <summary>
/// Fills a new index with a stream of documents as a pipeline over the two cores: this thread only feeds FTS5
/// (the one writer), while a second does everything else for each document a few rows behind it: terms, facet
/// codes and field words, the summary's and description's tokens, the vocabulary, the Porter stems of words it has not seen (from a private FTS5 scratch
/// table, so the writer is never interrupted), the row's columns and its postings (<see cref="PostingIndex"/>).
/// Each text is read once on that side, for the vocabulary, new words and postings together. At 50,000 services that
/// side finishes before the writer (measured), so the build takes about as long as FTS5 takes to write the rows.
/// </summary>
internal sealed class IndexBulkLoad(SearchIndex index)
{
    /// <summary>
    /// Loads <paramref name="documents"/>, enumerated once as they come (a node streams them from the store, so they
    /// are never all in memory at once). A document whose id came earlier is kept aside and replaces that one after the
    /// load, so the last of duplicate ids wins.
    /// </summary>
    public void Run(IEnumerable<SearchDocument> documents)
    {
        var database = index.Database;
        var factory = index.Factory;
        var words = factory.Words;
        var stems = (Func<IReadOnlyList<string>, string[]>)index.Postings.Stemmer.Stems;
        var vocabulary = index.Vocabulary;
        var memo = new TermsMemo(index.Synonyms);
        var first = index.Services.Count;
        var seen = new HashSet<Guid>();
        var repeated = new List<SearchDocument>();
        var locations = new List<(long Row, double Latitude, double Longitude)>();
        using var ready = new BlockingCollection<(long Row, string?[] Texts)>(boundedCapacity: 1024);
        using var writerFailed = new CancellationTokenSource();
        var preparing = Task.Run(() =>
        {
            index.Postings.Begin(index.Synonyms);
            var row = first - 1;
            try
            {
                foreach (var document in documents)
                {
                    if (!seen.Add(document.Id))
                    {
                        repeated.Add(document);
                        continue;
                    }

                    row++;
                    var terms = memo.For(document);
                    var texts = SearchIndex.TextsOf(document, terms.Text);
                    ready.Add((row, texts), writerFailed.Token);
                    var service = factory.Create(row, document, terms);
                    index.Postings.AddCounting(row, texts, vocabulary, stems);
                    index.Texts.Set(row, RowText.Summary, document.Summary);
                    index.Texts.Set(row, RowText.Description, texts[4]);
                    index.Columns.Set(service, words);
                    index.Place(service);
                    foreach (var location in document.Locations ?? [])
                    {
                        locations.Add((row, location.Latitude, location.Longitude));
                    }
                }
            }
            finally
            {
                ready.CompleteAdding();
            }

            index.Postings.Seal(Math.Max(0, row));
            words.SortForPrefixes();
            vocabulary.Seal();
            index.Locations.AddRange(locations);
        });

        try
        {
            database.InTransaction(() =>
            {
                database.BeginBulkLoad();
                foreach (var (row, columns) in ready.GetConsumingEnumerable())
                {
                    index.InsertFts(row, columns);
                }
            });
        }
        catch
        {
            // Without its reader the preparing side would wait on a full queue for ever.
            writerFailed.Cancel();
            throw;
        }

        // FTS5 merges its segments on this core while the other finishes the last rows.
        database.InTransaction(database.EndBulkLoad);
        preparing.GetAwaiter().GetResult();
        foreach (var document in repeated)
        {
            index.Upsert(document);
        }
    }
}
