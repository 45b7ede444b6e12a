using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;

namespace Signpost.Web.Tests.Editor.Taxonomy;

/// <summary>HTTP steps the taxonomy and synonyms tests share: following redirects by hand, forged posts, audit rows, polling.</summary>
public static class ManagerHttp
{
    /// <summary>The status at the end of the redirects (the cookie handler sends the forbidden to a page that answers 403).</summary>
    public static async Task<HttpStatusCode> FinalStatusAsync(HttpClient client, HttpResponseMessage response)
    {
        for (var hops = 0; hops < 5 && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther; hops++)
        {
            response = await client.GetAsync(response.Headers.Location);
        }

        return response.StatusCode;
    }

    public static async Task<HttpStatusCode> GetFinalStatusAsync(HttpClient client, string url) =>
        await FinalStatusAsync(client, await client.GetAsync(url));

    /// <summary>A post as a forged cross-site form would send it: the signed-in cookie, but no antiforgery token.</summary>
    public static Task<HttpResponseMessage> PostWithoutTokenAsync(HttpClient client, string url, IDictionary<string, string> fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields));

    /// <summary>The page's own form as a browser would submit it (token and hidden fields included), to post later.</summary>
    public static async Task<List<KeyValuePair<string, string>>> LoadFormAsync(HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        var form = page.Document.QuerySelectorAll("form[method=post]").First(f => f.GetAttribute("action") != "/account/sign-out");
        return EditorAccounts.FormValues(form);
    }

    /// <summary>Posts form values loaded earlier, with some fields changed.</summary>
    public static Task<HttpResponseMessage> PostLoadedFormAsync(HttpClient client, string url, List<KeyValuePair<string, string>> values, IDictionary<string, string> fields)
    {
        var posted = values.Where(v => !fields.ContainsKey(v.Key)).Concat(fields).ToList();
        return client.PostAsync(url, new FormUrlEncodedContent(posted));
    }

    /// <summary>The page a post answered with (an error summary, a refusal), parsed.</summary>
    public static async Task<HtmlPage> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response, html, await new HtmlParser().ParseDocumentAsync(html));
    }

    public static async Task<List<AuditEntry>> AuditAsync(SignpostWebFactory factory, string action)
    {
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            return await db.AuditLog.AsNoTracking().Where(a => a.Action == action).OrderBy(a => a.Id).ToListAsync();
        }
    }

    /// <summary>Polls every 50 ms until <paramref name="done"/> holds, failing after <paramref name="deadline"/>.</summary>
    public static async Task<T> WaitUntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan deadline, Func<T, string> describe)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.True(watch.Elapsed < deadline, $"Waited {deadline.TotalSeconds} s; still {describe(value)}");
            await Task.Delay(50);
        }
    }
}
