using System.Collections.Concurrent;

namespace Signpost.Search;

/// <summary>
/// Fills a new index with a stream of documents as a pipeline over the two cores. A second thread prepares each
/// document: terms, facet codes and field words, the vocabulary, the Porter stems of words it has not seen (from a
/// private FTS5 scratch table, so the writer is never interrupted), the row's columns and its postings
/// (<see cref="PostingIndex"/>), reading each text once for all of them. This thread writes the prepared rows to FTS5
/// (the one writer) and keeps their summaries and descriptions (<see cref="RowTexts"/>), which need nothing else of
/// the index. At 50,000 services the preparing side was the longer (2.9 s against 1.6 s of FTS5 writes, measured), so the
/// texts moved to this side: the build went from 2.7-3.0 s to 2.5-2.7 s.
/// </summary>
internal sealed class IndexBulkLoad(SearchIndex index)
{
    /// <summary>Rows go to the writer in batches, so the two threads meet on the queue's lock once per batch, not per row.</summary>
    private const int BatchSize = 32;
    private const int BatchesAhead = 32;

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
        using var ready = new BlockingCollection<List<(long Row, string?[] Texts, string Summary)>>(boundedCapacity: BatchesAhead);
        using var writerFailed = new CancellationTokenSource();
        var preparing = Task.Run(() =>
        {
            index.Postings.Begin(index.Synonyms);
            var row = first - 1;
            var batch = new List<(long Row, string?[] Texts, string Summary)>(BatchSize);
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
                    batch.Add((row, texts, document.Summary));
                    if (batch.Count == BatchSize)
                    {
                        ready.Add(batch, writerFailed.Token);
                        batch = new(BatchSize);
                    }

                    var service = factory.Create(row, document, terms);
                    index.Postings.AddCounting(row, texts, vocabulary, stems);
                    index.Columns.Set(service, words);
                    index.Place(service);
                    foreach (var location in document.Locations ?? [])
                    {
                        locations.Add((row, location.Latitude, location.Longitude));
                    }
                }

                ready.Add(batch, writerFailed.Token);
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
                foreach (var batch in ready.GetConsumingEnumerable())
                {
                    foreach (var (row, columns, summary) in batch)
                    {
                        index.InsertFts(row, columns);
                        index.Texts.Set(row, RowText.Summary, summary);
                        index.Texts.Set(row, RowText.Description, columns[4]);
                    }
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
