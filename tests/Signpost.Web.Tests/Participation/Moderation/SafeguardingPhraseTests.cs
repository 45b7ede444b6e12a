using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Web.Tests.Editor;
using Signpost.Web.Tests.Editor.Services;
using static Signpost.Web.Tests.Participation.ParticipationHttp;

namespace Signpost.Web.Tests.Participation.Moderation;

/// <summary>Managers keep the risk phrase list; officers read it; editors do neither.</summary>
[Collection(ParticipationSiteCollection.Name)]
public sealed class SafeguardingPhraseTests(ParticipationSiteFactory site)
{
    private const string Page = "/editor/participation/safeguarding-phrases";

    [Fact]
    public async Task A_directory_manager_adds_and_removes_a_phrase_and_both_are_audited()
    {
        var manager = await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager);
        var phrase = "test phrase " + Guid.NewGuid().ToString("N")[..6];

        var invalid = await EditorAccounts.PostFormForPageAsync(manager, Page, "#add-phrase-form", new Dictionary<string, string> { ["phrase"] = phrase, ["category"] = "" });
        Assert.Contains("Enter a category", invalid.ErrorSummary);
        Assert.Null(await FindAsync(phrase));

        await EditorAccounts.PostFormAsync(manager, Page, "#add-phrase-form", new Dictionary<string, string> { ["phrase"] = $"  {phrase} ", ["category"] = "Self harm" });
        var added = await FindAsync(phrase);
        Assert.NotNull(added);
        Assert.Equal("self-harm", added.Value.Category);

        var duplicate = await EditorAccounts.PostFormForPageAsync(manager, Page, "#add-phrase-form", new Dictionary<string, string> { ["phrase"] = phrase.ToUpperInvariant(), ["category"] = "abuse" });
        Assert.Contains("already on the list", duplicate.ErrorSummary);

        var token = await ServiceEditorStore.AntiforgeryTokenAsync(manager);
        await ServiceEditorStore.PostAsync(manager, $"{Page}?handler=Remove", token, [new("id", added.Value.Id.ToString())]);
        Assert.Null(await FindAsync(phrase));
        Assert.Equal(2, (await AuditDetailsAsync(site, "safeguarding-phrases")).Count(d => d.Contains(phrase)));
    }

    [Fact]
    public async Task An_officer_reads_the_list_but_cannot_change_it_and_an_editor_cannot_open_it()
    {
        var officer = await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer);
        var page = await HtmlPage.GetAsync(officer, Page);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("#add-phrase-form"));

        var token = await ServiceEditorStore.AntiforgeryTokenAsync(officer);
        var post = await ServiceEditorStore.PostAsync(officer, $"{Page}?handler=Add", token, [new("phrase", "officer phrase"), new("category", "abuse")]);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null(await FindAsync("officer phrase"));

        var editor = await EditorAccounts.SignedInClientAsync(site, Roles.Editor);
        Assert.True(IsRefused(await editor.GetAsync(Page)));
    }

    private async Task<(int Id, string Category)?> FindAsync(string phrase)
    {
        await using var store = new StoreScope(site);
        var row = await store.Db.SafeguardingPhrases.AsNoTracking().FirstOrDefaultAsync(p => p.Phrase == phrase);
        return row is null ? null : (row.Id, row.Category);
    }
}
