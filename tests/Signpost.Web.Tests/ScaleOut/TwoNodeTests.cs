using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Web.Tests.Editor;
using Signpost.Web.Tests.Feedback;
using Signpost.Web.Tests.Search;

namespace Signpost.Web.Tests.ScaleOut;

/// <summary>
/// Two nodes behind one address act as one site: a publish on one is searchable on the other within
/// a second, a sign-in or a form started on one carries on on the other, and rate limits count across both.
/// </summary>
public sealed class TwoNodeTests(TwoNodeSite site) : IClassFixture<TwoNodeSite>
{
    [Fact]
    public async Task A_service_published_on_node_A_is_found_on_node_B_within_a_second()
    {
        var manager = await EditorAccounts.SignedInClientAsync(site.A, Roles.DirectoryManager);
        var searchB = new SearchApiClient(site.B.CreatePlainClient());
        var (scope, db) = site.A.OpenStore();
        Guid id;
        string slug;
        await using (scope)
        {
            (id, slug) = await db.Services.AsNoTracking().Where(s => s.Slug == FeedbackForms.ServiceSlug).Select(s => new ValueTuple<Guid, string>(s.Id, s.Slug)).SingleAsync();
        }

        var word = "Zebu" + Guid.NewGuid().ToString("N")[..8];

        // B has answered this search before the publish: its cached "nothing found" must not outlive the publish.
        Assert.DoesNotContain((await searchB.SearchAsync($"q={word}")).Results, r => r.Slug == slug);

        var published = await EditorAccounts.PostFormAsync(manager, $"/editor/services/{id}/edit", "form[data-service-form]", new Dictionary<string, string>
        {
            ["Summary"] = $"Now with {word} sessions.",
            ["action"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var watch = Stopwatch.StartNew();
        while (!(await searchB.SearchAsync($"q={word}")).Results.Any(r => r.Slug == slug))
        {
            var deadline = MachineLoad.Allow(TimeSpan.FromSeconds(1));
            Assert.True(watch.Elapsed < deadline, $"{word}, published on node A, was not found on node B within {deadline.TotalSeconds:0.#} s (a second, stretched for the machine's load; B polls only every {TwoNodeSite.SlowPollMilliseconds} ms)");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task An_editor_signed_in_on_node_A_is_signed_in_on_node_B()
    {
        var cookies = new CookieContainer();
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.EnsureUserAsync(site.A, Roles.Editor, null, email);
        using var onA = TwoNodeSite.Client(site.A, cookies, "198.51.100.10");
        using var onB = TwoNodeSite.Client(site.B, cookies, "198.51.100.10");

        Assert.Equal(HttpStatusCode.Redirect, (await onB.GetAsync("/editor")).StatusCode);
        await EditorAccounts.SignInAsync(onA, email, EditorAccounts.Password, null);

        var dashboard = await onB.GetAsync("/editor");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task A_form_opened_on_node_A_is_accepted_by_node_B()
    {
        var cookies = new CookieContainer();
        using var onA = TwoNodeSite.Client(site.A, cookies, "198.51.100.20");
        using var onB = TwoNodeSite.Client(site.B, cookies, "198.51.100.20");
        var text = $"Opened on A, sent on B {Guid.NewGuid():N}";

        var response = await PostOnOtherNodeAsync(onA, onB, FeedbackForms.Valid(text));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/feedback/thank-you", EditorAccounts.RedirectTarget(response));
        Assert.NotNull(await FeedbackForms.FindByTextAsync(site.A, text));
    }

    [Fact]
    public async Task The_feedback_rate_limit_counts_posts_to_both_nodes()
    {
        var cookies = new CookieContainer();
        using var onA = TwoNodeSite.Client(site.A, cookies, "198.51.100.30");
        using var onB = TwoNodeSite.Client(site.B, cookies, "198.51.100.30");

        // The limit is 3: two on A and one on B use it up, so the fourth is refused on either node.
        foreach (var client in new[] { onA, onA, onB })
        {
            var sent = await FeedbackForms.SendAsync(client, "/have-your-say", FeedbackForms.Valid($"Counted {Guid.NewGuid():N}"));
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        var text = $"One too many {Guid.NewGuid():N}";
        var refused = await FeedbackForms.SendAsync(onA, "/have-your-say", FeedbackForms.Valid(text));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Null(await FeedbackForms.FindByTextAsync(site.A, text));

        // Another visitor behind the same proxy still gets through: the limit is per visitor, not per proxy.
        using var other = TwoNodeSite.Client(site.B, new CookieContainer(), "198.51.100.31");
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackForms.SendAsync(other, "/have-your-say", FeedbackForms.Valid($"Other {Guid.NewGuid():N}"))).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_on_both_nodes_count_against_one_limit()
    {
        var email = $"guessed-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.EnsureUserAsync(site.A, Roles.Editor, null, email);
        using var onA = TwoNodeSite.Client(site.A, new CookieContainer(), "198.51.100.40");
        using var onB = TwoNodeSite.Client(site.B, new CookieContainer(), "198.51.100.40");

        // Alternating nodes, as a load balancer would spread them: every wrong guess is counted once, wherever it lands.
        for (var attempt = 0; attempt < ScaleOutNodeFactory.SignInPermitLimit; attempt++)
        {
            var guess = await SignInAttemptAsync(attempt % 2 == 0 ? onA : onB, email, $"wrong guess {attempt}");
            Assert.Equal(HttpStatusCode.OK, guess.StatusCode);
        }

        foreach (var node in new[] { onA, onB })
        {
            var refused = await EditorAccounts.ReadPageAsync(await SignInAttemptAsync(node, email, EditorAccounts.Password));
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
            Assert.Equal("Too many attempts to sign in", refused.Heading);
            Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) is > 0 and <= 3600);
        }

        // Another visitor is not held back by this one.
        using var other = TwoNodeSite.Client(site.B, new CookieContainer(), "198.51.100.41");
        Assert.Equal(HttpStatusCode.OK, (await SignInAttemptAsync(other, email, "not it either")).StatusCode);
    }

    private static Task<HttpResponseMessage> SignInAttemptAsync(HttpClient client, string email, string password) =>
        EditorAccounts.PostFormAsync(client, "/account/sign-in", "form[method=post]", new Dictionary<string, string> { ["email"] = email, ["password"] = password });

    private static async Task<HttpResponseMessage> PostOnOtherNodeAsync(HttpClient opener, HttpClient sender, IDictionary<string, string> fields)
    {
        var page = await opener.GetAsync("/have-your-say");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var form = document.QuerySelectorAll("main form[method=post]").Last();
        var values = EditorAccounts.FormValues(form);
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }

        var action = form.GetAttribute("action");
        return await sender.PostAsync(string.IsNullOrEmpty(action) ? "/have-your-say" : action, new FormUrlEncodedContent(values));
    }
}
