using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Web.Tests.Editor.Services;
using Signpost.Web.Tests.Search;

namespace Signpost.Web.Tests.Editor;

/// <summary>Shared steps of the organisation and venue withdraw tests: the edit page's forms, refusals, waiting for search, the audit log.</summary>
public static class WithdrawChecks
{
    // The index follows the store through the change feed in the background; a loaded machine needs more than a moment.
    private static readonly TimeSpan SearchDeadline = TimeSpan.FromSeconds(5);

    /// <summary>Searches until <paramref name="done"/> holds, failing with what search gave once the deadline passes.</summary>
    public static async Task<ApiSearchResponse> SearchUntilAsync(SignpostWebFactory factory, string query, Func<ApiSearchResponse, bool> done, string what)
    {
        var api = new SearchApiClient(factory.CreatePlainClient());
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var response = await api.SearchAsync(query);
            if (done(response))
            {
                return response;
            }

            Assert.True(watch.Elapsed < SearchDeadline, $"Waited {SearchDeadline.TotalSeconds} s for {what}; {query} gives {response.Describe()}");
            await Task.Delay(50);
        }
    }

    /// <summary>Withdraws through the edit page's form, after checking it warns what withdrawing takes away.</summary>
    public static async Task WithdrawAsync(HttpClient manager, string editUrl, string warning)
    {
        var page = await HtmlPage.GetAsync(manager, editUrl);
        Assert.Contains(warning, page.Document.QuerySelector("#withdraw .govuk-warning-text")!.TextContent);
        var withdrawn = await EditorAccounts.PostFormAsync(manager, editUrl, "#withdraw", new Dictionary<string, string>());
        Assert.Equal($"{editUrl}?done=withdrawn", EditorAccounts.RedirectTarget(withdrawn));
    }

    public static async Task RestoreAsync(HttpClient manager, string editUrl)
    {
        var restored = await EditorAccounts.PostFormAsync(manager, editUrl, "#restore", new Dictionary<string, string>());
        Assert.Equal($"{editUrl}?done=restored", EditorAccounts.RedirectTarget(restored));
    }

    /// <summary>The edit page and the list row both tag the item as withdrawn, and the edit page offers only restoring.</summary>
    public static async Task AssertShownWithdrawnAsync(HttpClient manager, string editUrl, string listUrl, string rowId)
    {
        var edit = await HtmlPage.GetAsync(manager, editUrl);
        Assert.Contains("Withdrawn", edit.Main.QuerySelector(".govuk-summary-list")!.TextContent);
        Assert.NotNull(edit.Document.GetElementById("restore"));
        Assert.Null(edit.Document.GetElementById("withdraw"));
        var list = await HtmlPage.GetAsync(manager, listUrl);
        Assert.Contains("Withdrawn", list.Document.GetElementById(rowId)!.TextContent);
    }

    /// <summary>
    /// Each client is refused the step with 403, posting straight to the handler with its own valid
    /// token as a forged form would, and is not offered the withdraw form either.
    /// </summary>
    public static async Task AssertRefusedAsync(string editUrl, string handler, params HttpClient[] clients)
    {
        foreach (var client in clients)
        {
            var token = await ServiceEditorStore.AntiforgeryTokenAsync(client);
            Assert.Equal(HttpStatusCode.Forbidden, (await ServiceEditorStore.PostAsync(client, $"{editUrl}?handler={handler}", token, [])).StatusCode);
            var page = await HtmlPage.GetAsync(client, editUrl);
            Assert.Null(page.Document.GetElementById("withdraw"));
            Assert.Null(page.Document.GetElementById("restore"));
        }
    }

    public static async Task AssertAuditedAsync(SignpostWebFactory factory, string target, params string[] actions)
    {
        var audited = await AuditedAsync(factory, target);
        Assert.All(actions, action => Assert.Contains(action, audited));
    }

    public static async Task<List<string>> AuditedAsync(SignpostWebFactory factory, string target)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        return await db.AuditLog.AsNoTracking().Where(e => e.Target == target).Select(e => e.Action).ToListAsync();
    }
}
