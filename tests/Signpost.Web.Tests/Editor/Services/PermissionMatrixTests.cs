using System.Net;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using Signpost.Core.Editorial;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Services;

/// <summary>
/// Every workflow operation by every kind of user, through HTTP with a valid antiforgery token, on
/// a fresh service each time. Allowed: the change happens. Denied: 403 (or the sign-in page for
/// nobody signed in) and the service and its versions are exactly as before.
/// </summary>
public sealed class PermissionMatrixTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    private const string UntrustedOrganisation = "halton-youth-service";
    private const string TrustedOrganisation = "halton-borough-council";
    private const string OtherOrganisation = "barnardos-halton";

    public enum Actor { Administrator, DirectoryManager, EditorUntrusted, EditorTrusted, EditorOtherOrganisation, ParticipationOfficer, Anonymous }

    public enum Operation { View, Edit, Submit, Publish, Approve, Reject, Withdraw, Restore, Rollback }

    // Columns in Actor order: Administrator, DirectoryManager, own untrusted editor, own trusted editor, other organisation's editor, participation officer, anonymous.
    private static readonly Dictionary<Operation, bool[]> Expected = new()
    {
        [Operation.View] = [true, true, true, true, false, false, false],
        [Operation.Edit] = [true, true, true, true, false, false, false],
        [Operation.Submit] = [true, true, true, true, false, false, false],
        [Operation.Publish] = [true, true, false, true, false, false, false],
        [Operation.Approve] = [true, true, false, false, false, false, false],
        [Operation.Reject] = [true, true, false, false, false, false, false],
        [Operation.Withdraw] = [true, true, false, true, false, false, false],
        [Operation.Restore] = [true, true, false, true, false, false, false],
        [Operation.Rollback] = [true, true, true, true, false, false, false],
    };

    [Fact]
    public async Task Every_operation_by_every_actor_is_allowed_or_refused_as_the_rules_say()
    {
        var organisations = await OrganisationsAsync();
        var clients = new Dictionary<Actor, HttpClient>();
        foreach (var actor in Enum.GetValues<Actor>())
        {
            clients[actor] = await ClientAsync(actor);
        }

        var failures = new List<string>();
        foreach (var operation in Enum.GetValues<Operation>())
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                var allowed = Expected[operation][(int)actor];
                var owner = actor == Actor.EditorTrusted ? organisations.Trusted : organisations.Untrusted;
                var failure = await CheckAsync(clients[actor], actor, operation, owner, organisations.Untrusted, allowed);
                if (failure is not null)
                {
                    failures.Add($"{operation} by {actor} (expected {(allowed ? "allowed" : "denied")}): {failure}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<string?> CheckAsync(HttpClient client, Actor actor, Operation operation, Guid owner, Guid untrusted, bool allowed)
    {
        var (status, states) = operation switch
        {
            Operation.View or Operation.Edit or Operation.Publish => (ContentStatus.Published, Array.Empty<VersionState>()),
            Operation.Submit => (ContentStatus.Published, [VersionState.Published, VersionState.Draft]),
            Operation.Approve or Operation.Reject => (ContentStatus.Published, [VersionState.Published, VersionState.InReview]),
            Operation.Withdraw => (ContentStatus.Published, [VersionState.Published]),
            Operation.Restore => (ContentStatus.Withdrawn, [VersionState.Published]),
            _ => (ContentStatus.Published, new[] { VersionState.Published, VersionState.Draft }),
        };
        var id = await ServiceEditorStore.CreateServiceAsync(factory, owner, status, states);
        var before = await ServiceEditorStore.StateOfAsync(factory, id);
        var token = actor == Actor.Anonymous ? null : await ServiceEditorStore.AntiforgeryTokenAsync(client);
        var edit = $"/editor/services/{id}/edit";
        var formFields = new List<KeyValuePair<string, string>>
        {
            new("Name", "Changed by the matrix"),
            new("Slug", (await ServiceEditorStore.ReadAsync(factory, id)).Service.Slug),
            new("Summary", "Changed by the matrix."),
            new("Description", "Changed."),
            new("OrganisationId", owner.ToString()),
            new("BaseVersion", (states.Length == 0 ? 1 : states.Length).ToString()),
        };

        var response = operation switch
        {
            Operation.View => await client.GetAsync(edit),
            Operation.Edit => await ServiceEditorStore.PostAsync(client, edit, token, formFields.Append(new("action", "save"))),
            Operation.Submit => await ServiceEditorStore.PostAsync(client, edit, token, formFields.Append(new("action", "submit"))),
            Operation.Publish => await ServiceEditorStore.PostAsync(client, edit, token, formFields.Append(new("action", "publish"))),
            Operation.Approve => await ServiceEditorStore.PostAsync(client, "/editor/review?handler=Approve", token, [new("id", id.ToString()), new("number", "2")]),
            Operation.Reject => await ServiceEditorStore.PostAsync(client, "/editor/review?handler=Reject", token, [new("id", id.ToString()), new("number", "2"), new("comment", "No.")]),
            Operation.Withdraw => await ServiceEditorStore.PostAsync(client, edit + "?handler=Withdraw", token, []),
            Operation.Restore => await ServiceEditorStore.PostAsync(client, edit + "?handler=Restore", token, []),
            _ => await ServiceEditorStore.PostAsync(client, $"/editor/services/{id}/versions/1?handler=Rollback", token, []),
        };

        var after = await ServiceEditorStore.StateOfAsync(factory, id);
        var (service, versions) = await ServiceEditorStore.ReadAsync(factory, id);
        if (!allowed)
        {
            var refused = actor == Actor.Anonymous
                ? response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/sign-in", StringComparison.Ordinal)
                : response.StatusCode == HttpStatusCode.Forbidden;
            if (!refused)
            {
                return $"answered {(int)response.StatusCode} {response.Headers.Location}";
            }

            return before == after ? null : $"the store changed: {before} => {after}";
        }

        var happened = operation switch
        {
            Operation.View => response.StatusCode == HttpStatusCode.OK,
            Operation.Edit => versions.Count == 2 && versions[1].State == VersionState.Draft && service.Name != "Changed by the matrix",
            Operation.Submit => versions.Count == 3 && versions[2].State == VersionState.InReview,
            Operation.Publish => service.Name == "Changed by the matrix" && versions.Last().State == VersionState.Published,
            Operation.Approve => versions[1].State == VersionState.Published && versions[0].State == VersionState.Superseded && service.Name.EndsWith(" v2", StringComparison.Ordinal),
            Operation.Reject => versions[1].State == VersionState.Rejected && versions[1].Comment == "No.",
            Operation.Withdraw => service.Status == ContentStatus.Withdrawn,
            Operation.Restore => service.Status == ContentStatus.Published,
            _ => versions.Count == 3 && versions[2].State == VersionState.Draft && versions[2].Title == versions[0].Title,
        };
        return happened ? null : $"answered {(int)response.StatusCode} {response.Headers.Location}; store: {after}";
    }

    private async Task<(Guid Untrusted, Guid Trusted)> OrganisationsAsync() =>
        (await ServiceEditorStore.OrganisationIdAsync(factory, UntrustedOrganisation, trusted: false),
         await ServiceEditorStore.OrganisationIdAsync(factory, TrustedOrganisation, trusted: true));

    private Task<HttpClient> ClientAsync(Actor actor) => actor switch
    {
        Actor.Administrator => SignedInClientAsync(factory, Roles.Administrator),
        Actor.DirectoryManager => SignedInClientAsync(factory, Roles.DirectoryManager),
        Actor.EditorUntrusted => SignedInClientAsync(factory, Roles.Editor, UntrustedOrganisation),
        Actor.EditorTrusted => SignedInClientAsync(factory, Roles.Editor, TrustedOrganisation),
        Actor.EditorOtherOrganisation => SignedInClientAsync(factory, Roles.Editor, OtherOrganisation),
        Actor.ParticipationOfficer => SignedInClientAsync(factory, Roles.ParticipationOfficer),
        _ => Task.FromResult(CreateClient(factory)),
    };
}
