using System.Net;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Web.Tests.Editor.Services;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Pages;

/// <summary>
/// Pages belong to nobody: only administrators and directory managers may touch them. Every route by
/// every kind of user, through HTTP with a valid antiforgery token; denied means 403 (or the sign-in
/// page for nobody signed in) and the page and its versions exactly as before.
/// </summary>
public sealed class PagePermissionTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    public enum Actor { Administrator, DirectoryManager, EditorUntrusted, EditorTrusted, ParticipationOfficer, Anonymous }

    public static TheoryData<Actor, string> Routes()
    {
        var data = new TheoryData<Actor, string>();
        foreach (var actor in Enum.GetValues<Actor>())
        {
            foreach (var route in new[] { "list", "new", "view", "preview", "history", "version", "create", "save", "submit", "publish", "approve", "reject", "withdraw", "rollback" })
            {
                data.Add(actor, route);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Only_managers_may_use_the_pages_editor(Actor actor, string route)
    {
        await ServiceEditorStore.OrganisationIdAsync(factory, "halton-borough-council", trusted: true);
        var client = await ClientAsync(actor);
        var allowed = actor is Actor.Administrator or Actor.DirectoryManager;
        var page = await PageEditorStore.CreatePageAsync(factory);
        if (route is "approve" or "reject")
        {
            var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
            await PostFormAsync(manager, $"/editor/pages/{page.Id}/edit", "form[data-page-form]", new Dictionary<string, string> { ["Title"] = "Submitted title", ["action"] = "submit" });
        }

        var before = await PageEditorStore.StateOfAsync(factory, page.Id);
        var token = actor == Actor.Anonymous ? null : await ServiceEditorStore.AntiforgeryTokenAsync(client);
        var edit = $"/editor/pages/{page.Id}/edit";
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Title", "Changed by the matrix"), new("Slug", page.Path), new("ParentPath", ""), new("Summary", "Changed."),
            new("Body", "Changed."), new("SortOrder", "0"), new("BaseVersion", "1"),
        };
        var response = route switch
        {
            "list" => await client.GetAsync("/editor/pages"),
            "new" => await client.GetAsync("/editor/pages/new"),
            "view" => await client.GetAsync(edit),
            "preview" => await client.GetAsync($"/editor/pages/{page.Id}/preview"),
            "history" => await client.GetAsync($"/editor/pages/{page.Id}/history"),
            "version" => await client.GetAsync($"/editor/pages/{page.Id}/versions/1"),
            "create" => await ServiceEditorStore.PostAsync(client, "/editor/pages/new", token, fields.Select(f => f.Key == "Slug" ? new KeyValuePair<string, string>("Slug", $"matrix-{Guid.NewGuid():N}"[..20]) : f)),
            "save" => await ServiceEditorStore.PostAsync(client, edit, token, fields.Append(new("action", "save"))),
            "submit" => await ServiceEditorStore.PostAsync(client, edit, token, fields.Append(new("action", "submit"))),
            "publish" => await ServiceEditorStore.PostAsync(client, edit, token, fields.Append(new("action", "publish"))),
            "approve" => await ServiceEditorStore.PostAsync(client, $"/editor/pages/{page.Id}/versions/2?handler=Approve", token, []),
            "reject" => await ServiceEditorStore.PostAsync(client, $"/editor/pages/{page.Id}/versions/2?handler=Reject", token, [new("comment", "No.")]),
            "withdraw" => await ServiceEditorStore.PostAsync(client, edit + "?handler=Withdraw", token, []),
            _ => await ServiceEditorStore.PostAsync(client, $"/editor/pages/{page.Id}/versions/1?handler=Rollback", token, []),
        };

        var after = await PageEditorStore.StateOfAsync(factory, page.Id);
        if (allowed)
        {
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{(int)response.StatusCode}");
            if (route is "save" or "submit" or "publish" or "approve" or "reject" or "withdraw" or "rollback")
            {
                Assert.NotEqual(before, after);
            }

            return;
        }

        if (actor == Actor.Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/sign-in", RedirectTarget(response));
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var page = await PageEditorStore.CreatePageAsync(factory);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);
        var before = await PageEditorStore.StateOfAsync(factory, page.Id);

        var forged = await ServiceEditorStore.PostAsync(manager, $"/editor/pages/{page.Id}/edit", null,
            [new("Title", "Forged"), new("Slug", page.Path), new("Body", "Forged."), new("BaseVersion", "1"), new("action", "publish")]);
        var withdraw = await ServiceEditorStore.PostAsync(manager, $"/editor/pages/{page.Id}/edit?handler=Withdraw", null, []);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withdraw.StatusCode);
        Assert.Equal(before, await PageEditorStore.StateOfAsync(factory, page.Id));
        Assert.Equal(ContentStatus.Published, (await PageEditorStore.ReadAsync(factory, page.Id)).Page!.Status);
    }

    private Task<HttpClient> ClientAsync(Actor actor) => actor switch
    {
        Actor.Administrator => SignedInClientAsync(factory, Roles.Administrator),
        Actor.DirectoryManager => SignedInClientAsync(factory, Roles.DirectoryManager),
        Actor.EditorUntrusted => SignedInClientAsync(factory, Roles.Editor, "halton-youth-service"),
        Actor.EditorTrusted => SignedInClientAsync(factory, Roles.Editor, "halton-borough-council"),
        Actor.ParticipationOfficer => SignedInClientAsync(factory, Roles.ParticipationOfficer),
        _ => Task.FromResult(CreateClient(factory)),
    };
}
