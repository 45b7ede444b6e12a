using System.Net;
using Signpost.Core.Accounts;
using Signpost.Core.Editorial;
using Signpost.Web.Tests.Editor.Services;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Organisations;

/// <summary>
/// Every organisation route by every kind of user, through HTTP with a valid antiforgery token.
/// Allowed: the change happens. Denied: 403 (or the sign-in page for nobody signed in) and the
/// organisation and its versions exactly as before.
/// </summary>
public sealed class OrganisationPermissionTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    public enum Actor { Administrator, DirectoryManager, EditorUntrusted, EditorTrusted, EditorOtherOrganisation, ParticipationOfficer, Anonymous }

    public enum Operation { List, View, History, Version, Save, Submit, Publish, Approve, Reject, Rollback, Trust, Create }

    // Columns in Actor order: Administrator, DirectoryManager, own untrusted editor, own trusted editor, other organisation's editor, participation officer, anonymous.
    private static readonly Dictionary<Operation, bool[]> Expected = new()
    {
        [Operation.List] = [true, true, true, true, true, false, false],
        [Operation.View] = [true, true, true, true, false, false, false],
        [Operation.History] = [true, true, true, true, false, false, false],
        [Operation.Version] = [true, true, true, true, false, false, false],
        [Operation.Save] = [true, true, true, true, false, false, false],
        [Operation.Submit] = [true, true, true, true, false, false, false],
        [Operation.Publish] = [true, true, false, true, false, false, false],
        [Operation.Approve] = [true, true, false, false, false, false, false],
        [Operation.Reject] = [true, true, false, false, false, false, false],
        [Operation.Rollback] = [true, true, true, true, false, false, false],
        [Operation.Trust] = [true, true, false, false, false, false, false],
        [Operation.Create] = [true, true, false, false, false, false, false],
    };

    [Fact]
    public async Task Every_operation_by_every_actor_is_allowed_or_refused_as_the_rules_say()
    {
        var untrusted = await OrganisationEditorStore.CreateAsync(factory, trusted: false);
        var trusted = await OrganisationEditorStore.CreateAsync(factory, trusted: true);
        var other = await OrganisationEditorStore.CreateAsync(factory);
        var clients = new Dictionary<Actor, HttpClient>
        {
            [Actor.Administrator] = await SignedInClientAsync(factory, Roles.Administrator),
            [Actor.DirectoryManager] = await SignedInClientAsync(factory, Roles.DirectoryManager),
            [Actor.EditorUntrusted] = await SignedInClientAsync(factory, Roles.Editor, untrusted.Slug),
            [Actor.EditorTrusted] = await SignedInClientAsync(factory, Roles.Editor, trusted.Slug),
            [Actor.EditorOtherOrganisation] = await SignedInClientAsync(factory, Roles.Editor, other.Slug),
            [Actor.ParticipationOfficer] = await SignedInClientAsync(factory, Roles.ParticipationOfficer),
            [Actor.Anonymous] = CreateClient(factory),
        };

        var failures = new List<string>();
        foreach (var operation in Enum.GetValues<Operation>())
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                var allowed = Expected[operation][(int)actor];
                var target = actor == Actor.EditorTrusted ? trusted.Id : untrusted.Id;
                if (await CheckAsync(clients[actor], actor, operation, target, allowed) is { } failure)
                {
                    failures.Add($"{operation} by {actor} (expected {(allowed ? "allowed" : "denied")}): {failure}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<string?> CheckAsync(HttpClient client, Actor actor, Operation operation, Guid id, bool allowed)
    {
        if (operation is Operation.Approve or Operation.Reject)
        {
            await OrganisationEditorStore.AddVersionAsync(factory, id, VersionState.InReview, "Submitted name " + Guid.NewGuid().ToString("N")[..6]);
        }

        var latest = await OrganisationEditorStore.LatestNumberAsync(factory, id);
        var (organisation, _) = await OrganisationEditorStore.ReadAsync(factory, id);
        var before = await OrganisationEditorStore.StateOfAsync(factory, id);
        var token = actor == Actor.Anonymous ? null : await ServiceEditorStore.AntiforgeryTokenAsync(client);
        var edit = $"/editor/organisations/{id}/edit";
        var form = new List<KeyValuePair<string, string>>
        {
            new("Name", organisation!.Name), new("Type", "Voluntary"), new("Phone", $"0151 {Random.Shared.Next(100, 999)} {Random.Shared.Next(1000, 9999)}"), new("BaseVersion", latest.ToString()),
        };
        var response = operation switch
        {
            Operation.List => await client.GetAsync("/editor/organisations"),
            Operation.View => await client.GetAsync(edit),
            Operation.History => await client.GetAsync($"/editor/organisations/{id}/history"),
            Operation.Version => await client.GetAsync($"/editor/organisations/{id}/versions/1"),
            Operation.Save => await ServiceEditorStore.PostAsync(client, edit, token, form.Append(new("action", "save"))),
            Operation.Submit => await ServiceEditorStore.PostAsync(client, edit, token, form.Append(new("action", "submit"))),
            Operation.Publish => await ServiceEditorStore.PostAsync(client, edit, token, form.Append(new("action", "publish"))),
            Operation.Approve => await ServiceEditorStore.PostAsync(client, $"/editor/organisations/{id}/versions/{latest}?handler=Approve", token, []),
            Operation.Reject => await ServiceEditorStore.PostAsync(client, $"/editor/organisations/{id}/versions/{latest}?handler=Reject", token, [new("comment", "No.")]),
            Operation.Rollback => await ServiceEditorStore.PostAsync(client, $"/editor/organisations/{id}/versions/1?handler=Rollback", token, []),
            Operation.Trust => await ServiceEditorStore.PostAsync(client, edit, token, form.Append(new("TrustShown", "true")).Append(new("IsTrusted", "true")).Append(new("action", "save"))),
            _ => await ServiceEditorStore.PostAsync(client, "/editor/organisations/new", token, [new("Name", $"Matrix organisation {Guid.NewGuid():N}"), new("Type", "Voluntary")]),
        };

        var after = await OrganisationEditorStore.StateOfAsync(factory, id);
        if (!allowed)
        {
            var refused = actor == Actor.Anonymous
                ? response.StatusCode == HttpStatusCode.Redirect && RedirectTarget(response).Contains("/account/sign-in", StringComparison.Ordinal)
                : response.StatusCode == HttpStatusCode.Forbidden;
            if (!refused)
            {
                return $"answered {(int)response.StatusCode} {response.Headers.Location}";
            }

            return before == after ? null : $"the store changed: {before} => {after}";
        }

        var (now, versions) = await OrganisationEditorStore.ReadAsync(factory, id);
        var happened = operation switch
        {
            Operation.List or Operation.View or Operation.History or Operation.Version => response.StatusCode == HttpStatusCode.OK,
            Operation.Save => versions.Last().State == VersionState.Draft && versions.Last().Number == latest + 1 && now!.Phone == organisation.Phone,
            Operation.Submit => versions.Last().State == VersionState.InReview && versions.Last().Number == latest + 1,
            Operation.Publish => versions.Last().State == VersionState.Published && now!.Phone != organisation.Phone,
            Operation.Approve => versions.Last().State == VersionState.Published && now!.Name.StartsWith("Submitted name", StringComparison.Ordinal),
            Operation.Reject => versions.Last().State == VersionState.Rejected && versions.Last().Comment == "No.",
            Operation.Rollback => versions.Last().State == VersionState.Draft && versions.Last().Comment == "Rolled back to version 1",
            Operation.Trust => now!.IsTrusted,
            _ => response.StatusCode == HttpStatusCode.Redirect,
        };
        if (operation == Operation.Trust)
        {
            await ServiceEditorStore.OrganisationIdAsync(factory, now!.Slug, trusted: actor == Actor.EditorTrusted);
        }

        return happened ? null : $"answered {(int)response.StatusCode} {response.Headers.Location}; store: {after}";
    }
}
