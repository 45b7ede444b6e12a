using System.Collections.Concurrent;

namespace Signpost.Search;

/// <summary>
/// Fills a new index with a whole list of documents as a pipeline over the two cores: this thread only feeds FTS5
/// (the one writer), while a second prepares each document (terms, facet codes, field words), counts the
/// vocabulary and places the service a few rows ahead of it. What needs both (stems, the row columns) follows,
/// then FTS5's final merge on one core and the in-memory postings (<see cref="PostingIndex"/>) on the other.
/// </summary>
internal sealed class IndexBulkLoad(SearchIndex index)
{
    public void Run(List<SearchDocument> documents)
    {
        var database = index.Database;
        var factory = index.Factory;
        var vocabulary = index.Vocabulary;
        var memo = new TermsMemo(index.Synonyms);
        var first = index.Services.Count;
        var added = new IndexedService[documents.Count];
        var texts = new (long Row, string?[] Texts)[documents.Count];
        using var ready = new BlockingCollection<(long Row, string?[] Texts)>(boundedCapacity: 1024);
        using var writerFailed = new CancellationTokenSource();
        var preparing = Task.Run(() =>
        {
            try
            {
                for (var i = 0; i < documents.Count; i++)
                {
                    var document = documents[i];
                    var terms = memo.For(document);
                    texts[i] = (first + i, SearchIndex.TextsOf(document, terms.Text));
                    ready.Add(texts[i], writerFailed.Token);
                    var service = added[i] = factory.Create(first + i, document, terms);
                    vocabulary.Add(document.Name);
                    vocabulary.AddWords(terms.Words);
                    vocabulary.Add(document.OrganisationName);
                    vocabulary.Add(document.Summary);
                    vocabulary.Add(document.Description);
                    index.Place(service);
                }
            }
            finally
            {
                ready.CompleteAdding();
            }

            index.Locations.AddRange(documents.SelectMany((d, i) => (d.Locations ?? []).Select(l => (added[i].Row, l.Latitude, l.Longitude))));
        });

        try
        {
            database.InTransaction(() =>
            {
                database.BeginBulkLoad();
                foreach (var (row, columns) in ready.GetConsumingEnumerable())
                {
                    index.InsertText(row, columns);
                }
            });
        }
        catch
        {
            // Without its reader the preparing side would wait on a full queue for ever.
            writerFailed.Cancel();
            throw;
        }

        preparing.GetAwaiter().GetResult();
        factory.Words.AddWords(vocabulary.Words);
        factory.Words.Resolve(database.Stems);
        foreach (var service in added)
        {
            service.ResolveStems(factory.Words);
            index.Columns.Set(service);
        }

        // FTS5 merges its segments on this core while the other posts every stem and phrase.
        var posting = Task.Run(() => index.Postings.Build(texts, index.Synonyms));
        database.InTransaction(database.EndBulkLoad);
        vocabulary.Seal();
        posting.GetAwaiter().GetResult();
    }
}
