using System.Diagnostics;
using System.Net;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Web.Tests.Search;
using Xunit.Abstractions;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Services;

/// <summary>
/// The issue asks for the publish-to-searchable time: from the approve POST to the first /api/search
/// answer that finds the change. Asserted within a second (the E2E journey's promise) and printed.
/// </summary>
public sealed class PublishToSearchableTimeTests(SignpostWebFactory factory, ITestOutputHelper output) : IClassFixture<SignpostWebFactory>
{
    private const string EditorOrganisation = "halton-youth-service";
    private const int Runs = 6;

    [Fact]
    public async Task An_approved_change_is_searchable_within_a_second()
    {
        var organisationId = await ServiceEditorStore.OrganisationIdAsync(factory, EditorOrganisation, trusted: false);
        var editor = await SignedInClientAsync(factory, Roles.Editor, EditorOrganisation);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var api = new SearchApiClient(factory.CreatePlainClient());
        var timings = new List<(TimeSpan Approve, TimeSpan Total)>();
        for (var run = 0; run < Runs; run++)
        {
            var id = await ServiceEditorStore.CreateServiceAsync(factory, organisationId, ContentStatus.Published);
            var slug = (await ServiceEditorStore.ReadAsync(factory, id)).Service.Slug;
            var word = "Quagga" + Guid.NewGuid().ToString("N")[..8];
            await PostFormAsync(editor, $"/editor/services/{id}/edit", "form[data-service-form]", new Dictionary<string, string> { ["Summary"] = $"Now about {word}.", ["action"] = "submit" });
            var form = $"#service-{id} form[action='/editor/review?handler=Approve']";

            // Timed from just before the approve POST, so it includes the publish itself, the change feed and the index update.
            var queue = await HtmlPage.GetAsync(manager, "/editor/review");
            var values = FormValues(queue.Document.QuerySelector(form)!);
            var watch = Stopwatch.StartNew();
            var approved = await manager.PostAsync("/editor/review?handler=Approve", new FormUrlEncodedContent(values));
            var approve = watch.Elapsed;
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
            while (!(await api.SearchAsync($"q={word}")).Results.Any(r => r.Slug == slug))
            {
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{word} was not searchable within 5 s of approval");
                await Task.Delay(5);
            }

            timings.Add((approve, watch.Elapsed));
        }

        // The first run pays for compiling the approve and index paths; a running site has done that long before.
        var warm = timings.Skip(1).OrderBy(t => t.Total).ToList();
        output.WriteLine($"Publish-to-searchable (approve POST sent -> first /api/search hit): first (cold) {timings[0].Total.TotalMilliseconds:F0} ms; "
            + $"then over {warm.Count}: median {warm[warm.Count / 2].Total.TotalMilliseconds:F0} ms, max {warm[^1].Total.TotalMilliseconds:F0} ms; "
            + $"of which the approve request itself: {string.Join(", ", timings.Select(t => $"{t.Approve.TotalMilliseconds:F0}"))} ms");
        Assert.All(warm, t => Assert.True(t.Total < MachineLoad.Allow(TimeSpan.FromSeconds(1)), $"An approved change took {t.Total.TotalMilliseconds:F0} ms to be searchable (allowed a second, stretched for the machine's load)"));
    }
}
