using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Web.Tests.Editor;
using Signpost.Web.Tests.Editor.Services;
using static Signpost.Web.Tests.Participation.ParticipationHttp;

namespace Signpost.Web.Tests.Participation.YouSaidWeDid;

/// <summary>Officers write, publish, unpublish, edit and delete answers; the public pages show only published ones.</summary>
[Collection(ParticipationSiteCollection.Name)]
public sealed class YouSaidWeDidTests(ParticipationSiteFactory site)
{
    private const string List = "/editor/participation/you-said-we-did";

    [Fact]
    public async Task A_published_answer_shows_on_the_public_page_and_the_service_page_and_nowhere_before()
    {
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);
        var serviceId = await ServiceIdAsync(FeedbackStore.YouthClubSlug);
        var theme = await FeedbackStore.AddThemeAsync(site, "Opening times (answer test)");
        var youSaid = "The club closes too early on Fridays " + Guid.NewGuid().ToString("N")[..6];

        var created = await EditorAccounts.PostFormAsync(officer, $"{List}/new", "#you-said-we-did-form", new Dictionary<string, string>
        {
            ["you-said"] = youSaid,
            ["we-did"] = "We now open until 9pm on Fridays.\n\nThe bus stop is on the way home.",
            ["service"] = serviceId.ToString(),
            ["theme"] = theme,
        });
        Assert.Equal($"{List}?done=created", EditorAccounts.RedirectTarget(created));
        var id = await AnswerIdAsync(youSaid);

        var plain = site.CreatePlainClient();
        Assert.DoesNotContain(youSaid, (await HtmlPage.GetAsync(plain, "/you-said-we-did")).Html);
        Assert.DoesNotContain(youSaid, (await HtmlPage.GetAsync(plain, $"/services/{FeedbackStore.YouthClubSlug}")).Html);

        await PostListAsync(officer, "Publish", id);
        var publicPage = await HtmlPage.GetAsync(plain, "/you-said-we-did");
        var entry = publicPage.Document.QuerySelector($"[data-you-said-we-did='{id}']");
        Assert.NotNull(entry);
        Assert.Contains(youSaid, entry.TextContent);
        Assert.Equal(2, entry.QuerySelectorAll("p.govuk-body").Count(p => p.TextContent.Contains("9pm") || p.TextContent.Contains("bus stop")));
        Assert.NotNull(entry.QuerySelector($"a[href='/services/{FeedbackStore.YouthClubSlug}']"));
        var filtered = await HtmlPage.GetAsync(plain, $"/you-said-we-did?theme={theme}");
        Assert.Single(filtered.Document.QuerySelectorAll("[data-you-said-we-did]"));
        var servicePage = await HtmlPage.GetAsync(plain, $"/services/{FeedbackStore.YouthClubSlug}");
        Assert.Contains(youSaid, servicePage.Document.QuerySelector("#you-said-we-did")!.TextContent);

        await PostListAsync(officer, "Unpublish", id);
        Assert.DoesNotContain(youSaid, (await HtmlPage.GetAsync(plain, "/you-said-we-did")).Html);
        Assert.DoesNotContain(youSaid, (await HtmlPage.GetAsync(plain, $"/services/{FeedbackStore.YouthClubSlug}")).Html);
        Assert.Contains(await AuditDetailsAsync(site, $"you-said-we-did:{id}"), d => d.EndsWith("Published.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_incomplete_answer_is_refused_with_an_error_summary_and_nothing_is_saved()
    {
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);
        var before = await CountAsync();

        var page = await EditorAccounts.PostFormForPageAsync(officer, $"{List}/new", "#you-said-we-did-form", new Dictionary<string, string>
        {
            ["you-said"] = "",
            ["we-did"] = new string('x', 2001),
            ["service"] = Guid.NewGuid().ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Enter what people said", page.ErrorSummary);
        Assert.Contains("2000 characters or fewer", page.ErrorSummary);
        Assert.Contains("Choose a published service", page.ErrorSummary);
        Assert.NotNull(page.Document.QuerySelector(".govuk-error-summary a[href='#you-said']"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Editing_and_deleting_change_the_answer()
    {
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.Administrator);
        var youSaid = "Edit me " + Guid.NewGuid().ToString("N")[..6];
        await EditorAccounts.PostFormAsync(officer, $"{List}/new", "#you-said-we-did-form", new Dictionary<string, string> { ["you-said"] = youSaid, ["we-did"] = "Something." });
        var id = await AnswerIdAsync(youSaid);

        await EditorAccounts.PostFormAsync(officer, $"{List}/{id}/edit", "#you-said-we-did-form", new Dictionary<string, string> { ["we-did"] = "Something better." });
        await using (var store = new StoreScope(site))
        {
            Assert.Equal("Something better.", (await store.Db.YouSaidWeDid.AsNoTracking().SingleAsync(y => y.Id == id)).WeDid);
        }

        var deleted = await EditorAccounts.PostFormAsync(officer, $"{List}/{id}/delete", "#delete-form", new Dictionary<string, string>());
        Assert.Equal($"{List}?done=deleted", EditorAccounts.RedirectTarget(deleted));
        await using (var store = new StoreScope(site))
        {
            Assert.False(await store.Db.YouSaidWeDid.AnyAsync(y => y.Id == id));
        }
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.DirectoryManager)]
    public async Task Only_officers_and_administrators_write_answers(string role)
    {
        var client = await EditorAccounts.SignedInClientAsync(site, role);
        var before = await CountAsync();
        var token = await ServiceEditorStore.AntiforgeryTokenAsync(client);

        Assert.True(IsRefused(await client.GetAsync(List)));
        Assert.True(IsRefused(await client.GetAsync($"{List}/new")));
        var post = await ServiceEditorStore.PostAsync(client, $"{List}/new", token, [new("you-said", "Sneaky"), new("we-did", "Sneaky")]);

        Assert.True(IsRefused(post));
        Assert.Equal(before, await CountAsync());
    }

    private async Task PostListAsync(HttpClient officer, string handler, Guid id)
    {
        var token = await ServiceEditorStore.AntiforgeryTokenAsync(officer);
        var response = await ServiceEditorStore.PostAsync(officer, $"{List}?handler={handler}", token, [new("id", id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<Guid> ServiceIdAsync(string slug)
    {
        await using var store = new StoreScope(site);
        return await store.Db.Services.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync();
    }

    private async Task<Guid> AnswerIdAsync(string youSaid)
    {
        await using var store = new StoreScope(site);
        return await store.Db.YouSaidWeDid.Where(y => y.YouSaid == youSaid).Select(y => y.Id).SingleAsync();
    }

    private async Task<int> CountAsync()
    {
        await using var store = new StoreScope(site);
        return await store.Db.YouSaidWeDid.CountAsync();
    }
}
