using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Feedback;
using Signpost.Web.Tests.Editor;

namespace Signpost.Web.Tests.Feedback;

/// <summary>Fills and sends the public feedback forms the way a browser does, and reads back what was stored.</summary>
public static partial class FeedbackForms
{
    /// <summary>A published youth club in the demo content.</summary>
    public const string ServiceSlug = "grangeway-senior-youth-club";

    public const string ServiceUrl = "/services/" + ServiceSlug + "/feedback";

    public const string SafeguardingLead = "lead@safeguarding.example";

    /// <summary>A complete, valid set of answers; <paramref name="text"/> should be unique to the test so its row can be found.</summary>
    public static Dictionary<string, string> Valid(string text) => new()
    {
        ["respondent"] = "YoungPerson",
        ["ageBand"] = "14-15",
        ["postcode"] = "wa7 2gw",
        ["easyToGetTo"] = "Yes",
        ["listened"] = "Partly",
        ["confidential"] = "NotSure",
        ["timesRight"] = "No",
        ["rating"] = "4",
        ["text"] = text,
        ["mayQuote"] = "true",
        ["wantsReply"] = "no",
    };

    /// <summary>Posts the form on <paramref name="pageUrl"/> with these fields (and repeated "outcomes" values).</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string pageUrl, IDictionary<string, string> fields, params string[] outcomes)
    {
        // PostFormAsync replaces one value per name; outcomes are checkboxes with many values, added after.
        var page = await client.GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var form = document.QuerySelectorAll("main form[method=post]").Last();
        var values = EditorAccounts.FormValues(form);
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }

        values.AddRange(outcomes.Select(o => new KeyValuePair<string, string>("outcomes", o)));
        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, new FormUrlEncodedContent(values));
    }

    /// <summary>Sends valid feedback and follows to the thank-you page; returns the receipt code shown there.</summary>
    public static async Task<(string Code, HtmlPage ThankYou)> SendValidAsync(HttpClient client, string pageUrl, IDictionary<string, string> fields, params string[] outcomes)
    {
        var response = await SendAsync(client, pageUrl, fields, outcomes);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/feedback/thank-you", EditorAccounts.RedirectTarget(response));
        var thankYou = await HtmlPage.GetAsync(client, "/feedback/thank-you");
        var code = thankYou.Document.QuerySelector("[data-receipt-code]")?.TextContent.Trim();
        Assert.NotNull(code);
        Assert.Matches(ReceiptPattern(), code);
        return (code, thankYou);
    }

    public static async Task<FeedbackResponse?> FindByTextAsync(SignpostWebFactory factory, string text)
    {
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            return await db.FeedbackResponses.AsNoTracking().Include(f => f.Themes).SingleOrDefaultAsync(f => f.Text == text);
        }
    }

    public static async Task<int> CountAsync(SignpostWebFactory factory)
    {
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            return await db.FeedbackResponses.CountAsync();
        }
    }

    /// <summary>Opens the feedback behind a receipt code on /feedback/receipt.</summary>
    public static async Task<HtmlPage> OpenReceiptAsync(HttpClient client, string code) =>
        await EditorAccounts.PostFormForPageAsync(client, "/feedback/receipt", "main form[method=post]", new Dictionary<string, string> { ["code"] = code });

    [GeneratedRegex("^[ACDEFGHJKMNPQRTUVWXYZ2345679]{4}-[ACDEFGHJKMNPQRTUVWXYZ2345679]{4}-[ACDEFGHJKMNPQRTUVWXYZ2345679]{4}$")]
    public static partial Regex ReceiptPattern();
}
