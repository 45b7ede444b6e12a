using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Content;
using static Signpost.Web.Tests.Editor.EditorAccounts;

namespace Signpost.Web.Tests.Editor.Services;

/// <summary>
/// Publishing rewrites a service's sessions and closures; a demo service that has both must go
/// through approval with them intact (new rows once made the store update rows that did not exist).
/// </summary>
public sealed class PublishingAServiceWithSessionsTests(SignpostWebFactory factory) : IClassFixture<SignpostWebFactory>
{
    [Fact]
    public async Task An_approved_edit_to_a_demo_service_keeps_its_sessions_and_closures()
    {
        var (id, slug, organisationSlug, sessions) = await DemoServiceWithSessionsAsync();
        var editor = await SignedInClientAsync(factory, Roles.Editor, organisationSlug);
        var manager = await SignedInClientAsync(factory, Roles.DirectoryManager);

        var submitted = await PostFormAsync(editor, $"/editor/services/{id}/edit", "form[data-service-form]", new Dictionary<string, string>
        {
            ["Summary"] = "Sessions for young people, now with a platypus.",
            ["action"] = "submit",
        });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var approved = await PostFormAsync(manager, "/editor/review", $"#service-{id} form[action='/editor/review?handler=Approve']", new Dictionary<string, string>());
        Assert.Equal("/editor/review?done=approved", approved.Headers.Location?.OriginalString);

        var page = await HtmlPage.GetAsync(factory.CreatePlainClient(), $"/services/{slug}");
        Assert.Contains("platypus", page.Main.TextContent);
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            var after = await db.ServiceSchedules.AsNoTracking().Where(s => s.ServiceId == id)
                .Select(s => new { s.Day, s.Opens, s.Closes }).ToListAsync();
            Assert.Equal(sessions, after.Count);
        }
    }

    private async Task<(Guid Id, string Slug, string OrganisationSlug, int Sessions)> DemoServiceWithSessionsAsync()
    {
        var (scope, db) = factory.OpenStore();
        await using (scope)
        {
            var service = await db.Services.AsNoTracking()
                .Where(s => s.Status == ContentStatus.Published && s.ValidTo == null && s.Schedules.Count > 1)
                .OrderBy(s => s.Slug)
                .Select(s => new { s.Id, s.Slug, Organisation = s.Organisation.Slug, Sessions = s.Schedules.Count })
                .FirstAsync();
            return (service.Id, service.Slug, service.Organisation, service.Sessions);
        }
    }
}
