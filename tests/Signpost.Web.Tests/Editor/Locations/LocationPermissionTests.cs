using System.Net;
using Signpost.Core.Accounts;
using Signpost.Core.Editorial;
using Signpost.Web.Tests.Editor.Services;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Locations;

/// <summary>
/// Every venue route by every kind of user, through HTTP with a valid antiforgery token, on a venue
/// only the editor's organisation uses. Allowed: the change happens. Denied: 403 (or the sign-in
/// page for nobody signed in) and the venue and its versions exactly as before.
/// </summary>
public sealed class LocationPermissionTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    private const string UntrustedOrganisation = "halton-youth-service";
    private const string TrustedOrganisation = "halton-borough-council";
    private const string OtherOrganisation = "barnardos-halton";

    public enum Actor { Administrator, DirectoryManager, EditorUntrusted, EditorTrusted, EditorOtherOrganisation, ParticipationOfficer, Anonymous }

    public enum Operation { List, View, History, Version, Save, Submit, Publish, Approve, Reject, Rollback, Create }

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
        [Operation.Create] = [true, true, true, true, true, false, false],
    };

    [Fact]
    public async Task Every_operation_by_every_actor_is_allowed_or_refused_as_the_rules_say()
    {
        var untrusted = await LocationEditorStore.CreateAsync(factory, await ServiceEditorStore.OrganisationIdAsync(factory, UntrustedOrganisation, trusted: false));
        var trusted = await LocationEditorStore.CreateAsync(factory, await ServiceEditorStore.OrganisationIdAsync(factory, TrustedOrganisation, trusted: true));
        var clients = new Dictionary<Actor, HttpClient>
        {
            [Actor.Administrator] = await SignedInClientAsync(factory, Roles.Administrator),
            [Actor.DirectoryManager] = await SignedInClientAsync(factory, Roles.DirectoryManager),
            [Actor.EditorUntrusted] = await SignedInClientAsync(factory, Roles.Editor, UntrustedOrganisation),
            [Actor.EditorTrusted] = await SignedInClientAsync(factory, Roles.Editor, TrustedOrganisation),
            [Actor.EditorOtherOrganisation] = await SignedInClientAsync(factory, Roles.Editor, OtherOrganisation),
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
            await LocationEditorStore.AddVersionAsync(factory, id, VersionState.InReview, "Submitted venue " + Guid.NewGuid().ToString("N")[..6]);
        }

        var latest = await LocationEditorStore.LatestNumberAsync(factory, id);
        var (location, _) = await LocationEditorStore.ReadAsync(factory, id);
        var before = await LocationEditorStore.StateOfAsync(factory, id);
        var token = actor == Actor.Anonymous ? null : await ServiceEditorStore.AntiforgeryTokenAsync(client);
        var edit = $"/editor/locations/{id}/edit";
        var transport = $"Bus {Guid.NewGuid():N}"[..12];
        var form = new List<KeyValuePair<string, string>>
        {
            new("Name", location!.Name), new("Postcode", location.Postcode), new("Transport", transport), new("BaseVersion", latest.ToString()),
        };
        var newName = $"Matrix venue {Guid.NewGuid():N}";
        var response = operation switch
        {
            Operation.List => await client.GetAsync("/editor/locations"),
            Operation.View => await client.GetAsync(edit),
            Operation.History => await client.GetAsync($"/editor/locations/{id}/history"),
            Operation.Version => await client.GetAsync($"/editor/locations/{id}/versions/1"),
            Operation.Save => await ServiceEditorStore.PostAsync(client, edit, token, form.Append(new("action", "save"))),
            Operation.Submit => await ServiceEditorStore.PostAsync(client, edit, token, form.Append(new("action", "submit"))),
            Operation.Publish => await ServiceEditorStore.PostAsync(client, edit, token, form.Append(new("action", "publish"))),
            Operation.Approve => await ServiceEditorStore.PostAsync(client, $"/editor/locations/{id}/versions/{latest}?handler=Approve", token, []),
            Operation.Reject => await ServiceEditorStore.PostAsync(client, $"/editor/locations/{id}/versions/{latest}?handler=Reject", token, [new("comment", "No.")]),
            Operation.Rollback => await ServiceEditorStore.PostAsync(client, $"/editor/locations/{id}/versions/1?handler=Rollback", token, []),
            _ => await ServiceEditorStore.PostAsync(client, "/editor/locations/new", token, [new("Name", newName), new("Postcode", "WA8 7QE")]),
        };

        var after = await LocationEditorStore.StateOfAsync(factory, id);
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

        var (now, versions) = await LocationEditorStore.ReadAsync(factory, id);
        var happened = operation switch
        {
            Operation.List or Operation.View or Operation.History or Operation.Version => response.StatusCode == HttpStatusCode.OK,
            Operation.Save => versions.Last().State == VersionState.Draft && versions.Last().Number == latest + 1 && now!.Transport != transport,
            Operation.Submit => versions.Last().State == VersionState.InReview && versions.Last().Number == latest + 1,
            Operation.Publish => versions.Last().State == VersionState.Published && now!.Transport == transport,
            Operation.Approve => versions.Last().State == VersionState.Published && now!.Name.StartsWith("Submitted venue", StringComparison.Ordinal),
            Operation.Reject => versions.Last().State == VersionState.Rejected && versions.Last().Comment == "No.",
            Operation.Rollback => versions.Last().State == VersionState.Draft && versions.Last().Comment == "Rolled back to version 1",
            _ => response.StatusCode == HttpStatusCode.Redirect,
        };
        return happened ? null : $"answered {(int)response.StatusCode} {response.Headers.Location}; store: {after}";
    }
}
