using System.Net;
using Signpost.Core.Accounts;
using Signpost.Core.Feedback;
using Signpost.Web.Tests.Editor;
using Signpost.Web.Tests.Editor.Services;
using static Signpost.Web.Tests.Participation.ParticipationHttp;

namespace Signpost.Web.Tests.Participation.Moderation;

/// <summary>Who may moderate and who may read: every action as every kind of user; a refusal changes nothing.</summary>
[Collection(ParticipationSiteCollection.Name)]
public sealed class ModerationPermissionTests(ParticipationSiteFactory site)
{
    private const string OtherOrganisation = "barnardos-halton";

    public enum Actor { Administrator, DirectoryManager, EditorOwnOrganisation, EditorOtherOrganisation, ParticipationOfficer, Anonymous }

    public static TheoryData<Actor, string> Cases()
    {
        var data = new TheoryData<Actor, string>();
        foreach (var actor in Enum.GetValues<Actor>())
        {
            foreach (var handler in new[] { "Approve", "Reject", "Escalate", "Redact", "Themes", "Safeguarding", "Replied" })
            {
                data.Add(actor, handler);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Only_officers_and_administrators_moderate(Actor actor, string handler)
    {
        var id = await FeedbackStore.AddResponseAsync(site, r => (r.Urgent, r.SafeguardingMatches, r.WantsReply) = (true, "abuse", true));
        await FeedbackStore.AddReplyRequestAsync(site, id, "someone@example.org");
        var theme = await FeedbackStore.AddThemeAsync(site, "Permission test");
        var client = await ClientAsync(actor);
        var before = await FeedbackStore.StateOfAsync(site, id);

        var response = await PostActionAsync(client, id, handler,
            ("approve-quote", "true"), ("escalate-note", "To the lead"), ("redacted-text", "[removed]"), ("themes", theme));

        var after = await FeedbackStore.StateOfAsync(site, id);
        if (actor is Actor.Administrator or Actor.ParticipationOfficer)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.NotEqual(before, after);
        }
        else
        {
            Assert.True(IsRefused(response), $"{actor} {handler}: {(int)response.StatusCode} {response.Headers.Location}");
            Assert.Equal(before, after);
        }
    }

    [Theory]
    [InlineData(Actor.DirectoryManager)]
    [InlineData(Actor.EditorOwnOrganisation)]
    [InlineData(Actor.Anonymous)]
    public async Task Only_officers_and_administrators_open_the_queue_and_the_detail(Actor actor)
    {
        var id = await FeedbackStore.AddResponseAsync(site);
        var client = await ClientAsync(actor);

        Assert.True(IsRefused(await client.GetAsync("/editor/participation/feedback")));
        Assert.True(IsRefused(await client.GetAsync(FeedbackUrl(id))));
    }

    [Fact]
    public async Task Editors_read_approved_feedback_about_their_own_organisation_only()
    {
        var ownApproved = await FeedbackStore.AddResponseAsync(site, r => (r.Status, r.Text) = (FeedbackStatus.Approved, "Own approved words"));
        var ownPending = await FeedbackStore.AddResponseAsync(site, r => r.Text = "Own pending words");
        var otherApproved = await FeedbackStore.AddResponseAsync(site, r => (r.Status, r.Text) = (FeedbackStatus.Approved, "Other approved words"), "barnardos-family-support-halton");
        var editor = await ClientAsync(Actor.EditorOwnOrganisation);

        var list = await HtmlPage.GetAsync(editor, "/editor/feedback");
        Assert.NotNull(list.Document.QuerySelector($"tr[data-feedback='{ownApproved}']"));
        Assert.Null(list.Document.QuerySelector($"tr[data-feedback='{ownPending}']"));
        Assert.Null(list.Document.QuerySelector($"tr[data-feedback='{otherApproved}']"));

        var own = await HtmlPage.GetAsync(editor, $"/editor/feedback/{ownApproved}");
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains("Own approved words", own.Document.QuerySelector("#feedback-text")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/editor/feedback/{ownPending}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/editor/feedback/{otherApproved}")).StatusCode);

        var manager = await ClientAsync(Actor.DirectoryManager);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/editor/feedback/{otherApproved}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/editor/feedback/{ownPending}")).StatusCode);
    }

    [Fact]
    public async Task A_participation_officer_cannot_edit_listings()
    {
        var owner = await ServiceEditorStore.OrganisationIdAsync(site, EditorAccounts.DefaultEditorOrganisation);
        var serviceId = await ServiceEditorStore.CreateServiceAsync(site, owner, Core.Content.ContentStatus.Published, Core.Editorial.VersionState.Published);
        var before = await ServiceEditorStore.StateOfAsync(site, serviceId);
        var officer = await ClientAsync(Actor.ParticipationOfficer);
        var token = await ServiceEditorStore.AntiforgeryTokenAsync(officer);

        var edit = $"/editor/services/{serviceId}/edit";
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(edit)).StatusCode);
        var post = await ServiceEditorStore.PostAsync(officer, edit, token, [new("Name", "Changed by an officer"), new("action", "publish"), new("BaseVersion", "1")]);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before, await ServiceEditorStore.StateOfAsync(site, serviceId));
    }

    private async Task<HttpClient> ClientAsync(Actor actor) => actor switch
    {
        Actor.Administrator => await EditorAccounts.SignedInClientAsync(site, Roles.Administrator),
        Actor.DirectoryManager => await EditorAccounts.SignedInClientAsync(site, Roles.DirectoryManager),
        Actor.EditorOwnOrganisation => await EditorAccounts.SignedInClientAsync(site, Roles.Editor, EditorAccounts.DefaultEditorOrganisation),
        Actor.EditorOtherOrganisation => await EditorAccounts.SignedInClientAsync(site, Roles.Editor, OtherOrganisation),
        Actor.ParticipationOfficer => await EditorAccounts.SignedInClientAsync(site, Roles.ParticipationOfficer),
        _ => EditorAccounts.CreateClient(site),
    };
}
