using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Web.Tests.Editor;
using Signpost.Web.Tests.Editor.Services;

namespace Signpost.Web.Tests.Participation;

/// <summary>Posts moderation actions the way the detail page's forms do, and checks how a refusal looks.</summary>
public static class ParticipationHttp
{
    public static string FeedbackUrl(long id) => $"/editor/participation/feedback/{id}";

    /// <summary>Posts one of the detail page's handlers with a valid antiforgery token for this client (from the dashboard, which everyone signed in can open).</summary>
    public static async Task<HttpResponseMessage> PostActionAsync(HttpClient client, long id, string handler, params (string Name, string Value)[] fields)
    {
        var token = await ServiceEditorStore.AntiforgeryTokenAsync(client);
        return await ServiceEditorStore.PostAsync(client, $"{FeedbackUrl(id)}?handler={handler}", token, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
    }

    /// <summary>Refused: 403, or the sign-in (anonymous) or access-denied (wrong role for the folder's policy) redirect.</summary>
    public static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect
            && EditorAccounts.RedirectTarget(response) is var target
            && (target.Contains("/account/sign-in", StringComparison.Ordinal) || target.Contains("/account/access-denied", StringComparison.Ordinal)));

    public static async Task<List<string>> AuditDetailsAsync(SignpostWebFactory factory, string target)
    {
        var (scope, db) = factory.OpenStore();
        await using var _ = scope;
        return await db.AuditLog.AsNoTracking().Where(a => a.Target == target).OrderBy(a => a.Id).Select(a => a.Action + " " + a.Detail).ToListAsync();
    }
}
